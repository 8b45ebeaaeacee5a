using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Sources.List;

internal static class Data
{
    static SqlFilter Filter(ListSourcesRequest r) => new SqlFilter()
        .And("@Profile", r.Profile, "s.profile_id = @Profile")
        .And("@Match", FullText.ToMatchExpression(r.Q), "s.rowid IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH @Match)");

    public static int Count(Database.Lease db, ListSourcesRequest r) => Filter(r).Count(db, "sources s");

    const string Order = "ORDER BY s.profile_id, s.ord";

    /// <summary>Every source, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Source> All(SqliteConnection db) =>
        db.Query<Source>($"""
            SELECT s.id, s.profile_id, s.issuer, s.year_key, s.year, s.title, s.english_title, s.details, s.url
              FROM sources s {Order}
            """);

    /// <summary>The ids of a page. Order: by profile, then as printed in its key sources.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListSourcesRequest r) =>
        Filter(r).Keys(db, "SELECT s.id FROM sources s", Order, r);
}
