using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Footnotes.List;

internal static class Data
{
    const string Where = """
         WHERE (@Profile IS NULL OR f.profile_id = @Profile)
           AND (@Section IS NULL OR f.section = @Section)
           AND (@Match IS NULL OR f.rowid IN (SELECT rowid FROM footnotes_fts WHERE footnotes_fts MATCH @Match))
        """;

    static (string, object?)[] Parameters(ListFootnotesRequest r) =>
        [("@Profile", r.Profile), ("@Section", r.Section), ("@Match", FullText.ToMatchExpression(r.Q))];

    public static int Count(Database.Lease db, ListFootnotesRequest r) =>
        db.Count($"SELECT count(*) FROM footnotes f {Where}", Parameters(r));

    const string Order = "ORDER BY f.profile_id, f.section_ord, f.number";

    /// <summary>The ids of a page. Order: by profile, body notes before COVID-19 notes, then by number.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListFootnotesRequest r) =>
        db.Keys($"SELECT f.id FROM footnotes f {Where} {Order} LIMIT @PageSize OFFSET @Offset", [.. Parameters(r), ("@PageSize", r.PageSize), ("@Offset", r.Offset)]);

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
