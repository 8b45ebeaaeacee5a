using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Meta.Get;

internal static class Data
{
    public static Meta Read(SqliteConnection db)
    {
        var meta = db.Query<(string Key, string Value)>("SELECT key, value FROM meta").ToDictionary(m => m.Key, m => m.Value);
        var counts = db.Query<(string Resource, long Count)>("""
            SELECT 'jurisdictions', count(*) FROM jurisdictions UNION ALL
            SELECT 'profiles', count(*) FROM profiles UNION ALL
            SELECT 'dimensions', count(*) FROM dimensions UNION ALL
            SELECT 'indicators', count(*) FROM indicators UNION ALL
            SELECT 'conventions', count(*) FROM conventions UNION ALL
            SELECT 'ratifications', count(*) FROM ratifications UNION ALL
            SELECT 'policies', count(*) FROM policies UNION ALL
            SELECT 'covidResponses', count(*) FROM covid_responses UNION ALL
            SELECT 'sources', count(*) FROM sources UNION ALL
            SELECT 'footnotes', count(*) FROM footnotes
            """).ToDictionary(c => c.Resource, c => (int)c.Count);
        var profiles = db.Query<(string Id, string Title, string DataStatus, string? Citation, string? LicenseName, string? LicenseCode, string? LicenseUrl)>("""
            SELECT id, title, data_status, citation, license_name, license_code, license_url FROM profiles ORDER BY jurisdiction_code, year, id
            """).Select(p => new ProfileCitation
        {
            Id = p.Id, Title = p.Title, DataStatus = p.DataStatus, Citation = p.Citation,
            License = p.LicenseName is null ? null : new Profiles.License { Name = p.LicenseName, Code = p.LicenseCode!, Url = p.LicenseUrl! },
        }).ToList();
        return new Meta { DatasetVersion = meta["dataset_version"], BuiltAt = meta["built_at"], Counts = counts, Profiles = profiles };
    }
}
