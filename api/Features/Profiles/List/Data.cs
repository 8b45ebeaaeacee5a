using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Profiles.List;

internal static class Data
{
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR p.jurisdiction_code = @Jurisdiction)
           AND (@Year IS NULL OR p.year = @Year)
           AND (@DataStatus IS NULL OR p.data_status = @DataStatus)
        """;

    public static int Count(SqliteConnection db, ListProfilesRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM profiles p {Where}", new { r.Jurisdiction, r.Year, r.DataStatus });

    /// <summary>Order: by jurisdiction code, then year.</summary>
    public static IReadOnlyList<Profile> Page(SqliteConnection db, ListProfilesRequest r) =>
        db.Query<ProfileRow>($"{ProfileRow.Select} {Where} ORDER BY p.jurisdiction_code, p.year, p.id LIMIT @PageSize OFFSET @Offset",
            new { r.Jurisdiction, r.Year, r.DataStatus, r.PageSize, r.Offset })
          .Select(row => row.ToProfile()).ToList();
}
