using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Jurisdictions.Ratifications;

internal static class Data
{
    /// <summary>The country whose ratifications apply to a jurisdiction, or null if the code is unknown.</summary>
    public static string? NationalCode(SqliteConnection db, string code) =>
        db.ExecuteScalar<string?>("""
            WITH RECURSIVE up(code, parent_code) AS (
              SELECT code, parent_code FROM jurisdictions WHERE code = @code
              UNION ALL
              SELECT j.code, j.parent_code FROM jurisdictions j JOIN up ON j.code = up.parent_code)
            SELECT code FROM up WHERE parent_code IS NULL
            """, new { code });

    public static int Count(SqliteConnection db, string nationalCode) =>
        db.ExecuteScalar<int>("SELECT count(*) FROM ratifications WHERE jurisdiction_code = @nationalCode", new { nationalCode });

    /// <summary>Every ratification of every country, for the data package: by country, then as below.</summary>
    public static IReadOnlyList<Ratification> All(SqliteConnection db) =>
        db.Query<Ratification>("""
            SELECT r.convention_code, c.name AS convention_name, r.jurisdiction_code, r.ratified, r.year, r.profile_id
              FROM ratifications r
              JOIN conventions c ON c.code = r.convention_code
              JOIN profiles p ON p.id = r.profile_id
             ORDER BY r.jurisdiction_code, c.ord, p.year DESC, p.id
            """).ToList();

    /// <summary>Order: conventions in the order of the ratification table, then newest profile first.</summary>
    public static IReadOnlyList<Ratification> Page(SqliteConnection db, string nationalCode, PagedRequest r) =>
        db.Query<Ratification>("""
            SELECT r.convention_code, c.name AS convention_name, r.jurisdiction_code, r.ratified, r.year, r.profile_id
              FROM ratifications r
              JOIN conventions c ON c.code = r.convention_code
              JOIN profiles p ON p.id = r.profile_id
             WHERE r.jurisdiction_code = @nationalCode
             ORDER BY c.ord, p.year DESC, p.id
             LIMIT @PageSize OFFSET @Offset
            """, new { nationalCode, r.PageSize, r.Offset }).ToList();
}
