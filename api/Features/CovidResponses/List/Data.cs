using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.CovidResponses.List;

internal static class Data
{
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR c.jurisdiction_code = @Jurisdiction)
           AND (@Profile IS NULL OR c.profile_id = @Profile)
           AND (@Topic IS NULL OR c.topic = @Topic)
        """;

    public static int Count(SqliteConnection db, ListCovidResponsesRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM covid_responses c {Where}", new { r.Jurisdiction, r.Profile, r.Topic });

    const string Order = "ORDER BY c.profile_id, c.ord";

    /// <summary>Every COVID-19 answer, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<CovidResponse> All(SqliteConnection db) =>
        db.Query<CovidResponseRow>($"{CovidResponseRow.Select} {Order}").Select(row => row.ToCovidResponse());

    /// <summary>The ids of a page. Order: by profile, then as printed.</summary>
    public static IEnumerable<string> Keys(SqliteConnection db, ListCovidResponsesRequest r) =>
        db.Query<string>($"SELECT c.id FROM covid_responses c {Where} {Order} LIMIT @PageSize OFFSET @Offset",
            new { r.Jurisdiction, r.Profile, r.Topic, r.PageSize, r.Offset });
}
