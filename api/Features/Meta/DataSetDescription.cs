using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.Features.Meta.Get;
using Mgi.Api.Features.Profiles;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Meta;

/// <summary>
/// What the service says about the data set it serves, said in one place: its version, when it was
/// built, how many records of each resource, each profile's citation and licence, and the size of
/// the SQLite download. /v1/meta, the explorer's overview, the DCAT catalogue and the data package's
/// descriptor all read it here. The data cannot change while the process runs: read once.
/// </summary>
public sealed class DataSetDescription(Database database, Resources resources, ProfilesResource profiles, IOptions<DatabaseOptions> options)
{
    Get.Meta? _meta;

    /// <summary>The description /v1/meta serves.</summary>
    public Get.Meta Meta => _meta ??= Read();

    /// <summary>The size of the database file /v1/downloads/mgi.sqlite serves.</summary>
    public long SqliteBytes => new FileInfo(options.Value.DatabasePath).Length;

    Get.Meta Read()
    {
        Dictionary<string, string> meta;
        using (var db = database.Open()) meta = db.Query<(string Key, string Value)>("SELECT key, value FROM meta").ToDictionary(m => m.Key, m => m.Value);
        return new Get.Meta
        {
            DatasetVersion = meta["dataset_version"],
            BuiltAt = meta["built_at"],
            Counts = resources.All.ToDictionary(r => r.JsonName, r => r.Count),
            Profiles = [.. profiles.Items.All.Select(p => p.Item).Select(p => new ProfileCitation
            {
                Id = p.Id, Title = p.Title, DataStatus = p.DataStatus, Citation = p.Citation, License = p.License,
            })],
        };
    }
}
