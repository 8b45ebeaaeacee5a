using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.CovidResponses.List;

internal static class Data
{
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR c.jurisdiction_code = @Jurisdiction)
           AND (@Profile IS NULL OR c.profile_id = @Profile)
           AND (@Topic IS NULL OR c.topic = @Topic)
        """;

    public static int Count(Database.Lease db, ListCovidResponsesRequest r) =>
        db.Count($"SELECT count(*) FROM covid_responses c {Where}", ("@Jurisdiction", r.Jurisdiction), ("@Profile", r.Profile), ("@Topic", r.Topic));

    const string Order = "ORDER BY c.profile_id, c.ord";

    /// <summary>Every COVID-19 answer, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<CovidResponse> All(SqliteConnection db) =>
        db.Query<CovidResponseRow>($"{CovidResponseRow.Select} {Order}").Select(row => row.ToCovidResponse());

    /// <summary>The ids of a page. Order: by profile, then as printed.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListCovidResponsesRequest r) =>
        db.Keys($"SELECT c.id FROM covid_responses c {Where} {Order} LIMIT @PageSize OFFSET @Offset",
            ("@Jurisdiction", r.Jurisdiction), ("@Profile", r.Profile), ("@Topic", r.Topic), ("@PageSize", r.PageSize), ("@Offset", r.Offset));
}
