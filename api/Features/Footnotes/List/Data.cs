using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Footnotes.List;

internal static class Data
{
    static SqlFilter Filter(ListFootnotesRequest r) => new SqlFilter()
        .And("@Profile", r.Profile, "f.profile_id = @Profile")
        .And("@Section", r.Section, "f.section = @Section")
        .And("@Match", FullText.ToMatchExpression(r.Q), "f.rowid IN (SELECT rowid FROM footnotes_fts WHERE footnotes_fts MATCH @Match)");

    public static int Count(Database.Lease db, ListFootnotesRequest r) => Filter(r).Count(db, "footnotes f");

    const string Order = "ORDER BY f.profile_id, f.section_ord, f.number";

    /// <summary>The ids of a page. Order: by profile, body notes before COVID-19 notes, then by number.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListFootnotesRequest r) =>
        Filter(r).Keys(db, "SELECT f.id FROM footnotes f", Order, r);

    /// <summary>Every note, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Footnote> All(SqliteConnection db) =>
        db.Query<(string Id, string ProfileId, string Section, long Number, string Text, string UrlsJson)>(
            $"SELECT f.id, f.profile_id, f.section, f.number, f.text, f.urls_json FROM footnotes f {Order}")
          .Select(x => new Footnote
          {
              Id = x.Id, ProfileId = x.ProfileId, Section = x.Section, Number = (int)x.Number, Text = x.Text,
              Urls = JsonSerializer.Deserialize<List<string>>(x.UrlsJson, DataSet.StoredJson.Options) ?? [],
          });
}
