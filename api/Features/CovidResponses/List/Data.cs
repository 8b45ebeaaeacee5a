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

    /// <summary>Order: by profile, then as printed.</summary>
    public static IReadOnlyList<CovidResponse> Page(SqliteConnection db, ListCovidResponsesRequest r) =>
        db.Query<CovidResponseRow>($"{CovidResponseRow.Select} {Where} ORDER BY c.profile_id, c.ord LIMIT @PageSize OFFSET @Offset",
            new { r.Jurisdiction, r.Profile, r.Topic, r.PageSize, r.Offset })
          .Select(row => row.ToCovidResponse()).ToList();
}
