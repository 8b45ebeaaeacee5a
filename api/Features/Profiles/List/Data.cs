using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Profiles.List;

internal static class Data
{
    static SqlFilter Filter(ListProfilesRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "p.jurisdiction_code = @Jurisdiction")
        .And("@Year", r.Year, "p.year = @Year")
        .And("@DataStatus", r.DataStatus, "p.data_status = @DataStatus");

    public static int Count(Database.Lease db, ListProfilesRequest r) => Filter(r).Count(db, "profiles p");

    const string Order = "ORDER BY p.jurisdiction_code, p.year, p.id";

    /// <summary>Every profile, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Profile> All(SqliteConnection db) =>
        db.Query<ProfileRow>($"{ProfileRow.Select} {Order}").Select(row => row.ToProfile());

    /// <summary>The ids of a page. Order: by jurisdiction code, then year.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListProfilesRequest r) =>
        Filter(r).Keys(db, "SELECT p.id FROM profiles p", Order, r);
}
