using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Sources.List;

internal static class Data
{
    const string Where = """
         WHERE (@Profile IS NULL OR s.profile_id = @Profile)
           AND (@Match IS NULL OR s.rowid IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH @Match))
        """;

    static object Parameters(ListSourcesRequest r) => new
    {
        r.Profile, Match = FullText.ToMatchExpression(r.Q), r.PageSize, r.Offset,
    };

    public static int Count(SqliteConnection db, ListSourcesRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM sources s {Where}", Parameters(r));

    /// <summary>Order: by profile, then as printed in its key sources.</summary>
    public static IReadOnlyList<Source> Page(SqliteConnection db, ListSourcesRequest r) =>
        db.Query<Source>($"""
            SELECT s.id, s.profile_id, s.issuer, s.year_key, s.year, s.title, s.english_title, s.details, s.url
              FROM sources s {Where}
             ORDER BY s.profile_id, s.ord LIMIT @PageSize OFFSET @Offset
            """, Parameters(r)).ToList();
}
