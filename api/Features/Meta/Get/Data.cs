using Mgi.Api.Features.Profiles;

namespace Mgi.Api.Features.Meta.Get;

internal static class Data
{
    public static Meta Read(Database.Lease db, Resources resources, ProfilesResource profiles)
    {
        var meta = db.Query<(string Key, string Value)>("SELECT key, value FROM meta").ToDictionary(m => m.Key, m => m.Value);
        return new Meta
        {
            DatasetVersion = meta["dataset_version"],
            BuiltAt = meta["built_at"],
            Counts = resources.All.ToDictionary(r => r.JsonName, r => r.Count),
            Profiles = profiles.Items.All.Select(p => p.Item).Select(p => new ProfileCitation
            {
                Id = p.Id, Title = p.Title, DataStatus = p.DataStatus, Citation = p.Citation, License = p.License,
            }).ToList(),
        };
    }
}
