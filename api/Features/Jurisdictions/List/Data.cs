using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Jurisdictions.List;

internal static class Data
{
    const string Where = """
         WHERE (@Level IS NULL OR j.level = @Level)
           AND (@Parent IS NULL OR j.parent_code = @Parent)
        """;

    public static int Count(SqliteConnection db, ListJurisdictionsRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM jurisdictions j {Where}", new { r.Level, r.Parent });

    /// <summary>Order: national jurisdictions first, then by code.</summary>
    public static IReadOnlyList<Jurisdiction> Page(SqliteConnection db, ListJurisdictionsRequest r) =>
        db.Query<JurisdictionRow>($"{JurisdictionRow.Select} {Where} ORDER BY j.sort_key LIMIT @PageSize OFFSET @Offset",
            new { r.Level, r.Parent, r.PageSize, r.Offset })
          .Select(row => row.ToJurisdiction()).ToList();
}
