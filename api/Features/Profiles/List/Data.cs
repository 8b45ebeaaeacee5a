using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Profiles.List;

internal static class Data
{
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR p.jurisdiction_code = @Jurisdiction)
           AND (@Year IS NULL OR p.year = @Year)
           AND (@DataStatus IS NULL OR p.data_status = @DataStatus)
        """;

    public static int Count(Database.Lease db, ListProfilesRequest r) =>
        db.Count($"SELECT count(*) FROM profiles p {Where}", ("@Jurisdiction", r.Jurisdiction), ("@Year", r.Year), ("@DataStatus", r.DataStatus));

    const string Order = "ORDER BY p.jurisdiction_code, p.year, p.id";

    /// <summary>Every profile, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Profile> All(SqliteConnection db) =>
        db.Query<ProfileRow>($"{ProfileRow.Select} {Order}").Select(row => row.ToProfile());

    /// <summary>The ids of a page. Order: by jurisdiction code, then year.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListProfilesRequest r) =>
        db.Keys($"SELECT p.id FROM profiles p {Where} {Order} LIMIT @PageSize OFFSET @Offset",
            ("@Jurisdiction", r.Jurisdiction), ("@Year", r.Year), ("@DataStatus", r.DataStatus), ("@PageSize", r.PageSize), ("@Offset", r.Offset));
}
