using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.CovidResponses.List;

internal static class Data
{
    static SqlFilter Filter(ListCovidResponsesRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "c.jurisdiction_code = @Jurisdiction")
        .And("@Profile", r.Profile, "c.profile_id = @Profile")
        .And("@Topic", r.Topic, "c.topic = @Topic");

    public static int Count(Database.Lease db, ListCovidResponsesRequest r) => Filter(r).Count(db, "covid_responses c");

    const string Order = "ORDER BY c.profile_id, c.ord";

    /// <summary>Every COVID-19 answer, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<CovidResponse> All(SqliteConnection db) =>
        db.Query<CovidResponseRow>($"{CovidResponseRow.Select} {Order}").Select(row => row.ToCovidResponse());

    /// <summary>The ids of a page. Order: by profile, then as printed.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListCovidResponsesRequest r) =>
        Filter(r).Keys(db, "SELECT c.id FROM covid_responses c", Order, r);
}
