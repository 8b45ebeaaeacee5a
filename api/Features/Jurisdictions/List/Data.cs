using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Jurisdictions.List;

internal static class Data
{
    const string Where = """
         WHERE (@Level IS NULL OR j.level = @Level)
           AND (@Parent IS NULL OR j.parent_code = @Parent)
        """;

    public static int Count(Database.Lease db, ListJurisdictionsRequest r) =>
        db.Count($"SELECT count(*) FROM jurisdictions j {Where}", ("@Level", r.Level), ("@Parent", r.Parent));

    const string Order = "ORDER BY j.sort_key";

    /// <summary>Every jurisdiction, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Jurisdiction> All(SqliteConnection db) =>
        db.Query<JurisdictionRow>($"{JurisdictionRow.Select} {Order}").Select(row => row.ToJurisdiction());

    /// <summary>The codes of a page. Order: national jurisdictions first, then by code.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListJurisdictionsRequest r) =>
        db.Keys($"SELECT j.code FROM jurisdictions j {Where} {Order} LIMIT @PageSize OFFSET @Offset",
            ("@Level", r.Level), ("@Parent", r.Parent), ("@PageSize", r.PageSize), ("@Offset", r.Offset));
}
