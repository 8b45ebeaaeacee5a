using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Search.List;

internal static class Data
{
    // Snippet markers that cannot occur in the data (control characters); turned into <mark> or dropped.
    const string Open = "\u0002";
    const string Close = "\u0003";

    // One statement over the four full-text indexes, ranked by BM25 (lower is better in FTS5).
    const string Hits = $"""
        SELECT * FROM (
          SELECT '{SearchRequest.Policy}' AS type, p.id, p.profile_id, p.jurisdiction_code, p.dimension_number, p.title,
                 snippet(policies_fts, -1, char(2), char(3), '…', 24) AS snippet, bm25(policies_fts, 2.0, 1.0) AS bm25
            FROM policies_fts JOIN policies p ON p.rowid = policies_fts.rowid
           WHERE policies_fts MATCH @Match AND (@Type IS NULL OR @Type = '{SearchRequest.Policy}')
          UNION ALL
          SELECT '{SearchRequest.CovidResponse}', c.id, c.profile_id, c.jurisdiction_code, NULL, c.topic,
                 snippet(covid_responses_fts, -1, char(2), char(3), '…', 24), bm25(covid_responses_fts)
            FROM covid_responses_fts JOIN covid_responses c ON c.rowid = covid_responses_fts.rowid
           WHERE covid_responses_fts MATCH @Match AND (@Type IS NULL OR @Type = '{SearchRequest.CovidResponse}')
          UNION ALL
          SELECT '{SearchRequest.Source}', s.id, s.profile_id, s.jurisdiction_code, NULL, s.title,
                 snippet(sources_fts, -1, char(2), char(3), '…', 24), bm25(sources_fts)
            FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
           WHERE sources_fts MATCH @Match AND (@Type IS NULL OR @Type = '{SearchRequest.Source}')
          UNION ALL
          SELECT '{SearchRequest.Footnote}', f.id, f.profile_id, f.jurisdiction_code, NULL, 'Note ' || f.number || CASE f.section WHEN 'covid' THEN ' (COVID-19 page)' ELSE '' END,
                 snippet(footnotes_fts, -1, char(2), char(3), '…', 24), bm25(footnotes_fts)
            FROM footnotes_fts JOIN footnotes f ON f.rowid = footnotes_fts.rowid
           WHERE footnotes_fts MATCH @Match AND (@Type IS NULL OR @Type = '{SearchRequest.Footnote}')
        ) hits
        WHERE (@Jurisdiction IS NULL OR jurisdiction_code = @Jurisdiction)
          AND (@Profile IS NULL OR profile_id = @Profile)
          AND (@Dimension IS NULL OR dimension_number = @Dimension)
        """;

    static object Parameters(SearchRequest r) => new
    {
        Match = FullText.ToMatchExpression(r.Q!), r.Type, r.Jurisdiction, r.Profile, r.Dimension, r.PageSize, r.Offset,
    };

    public static int Count(SqliteConnection db, SearchRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM ({Hits})", Parameters(r));

    /// <summary>Order: by relevance, then type and id so that equal scores page stably.</summary>
    public static IReadOnlyList<SearchHit> Page(SqliteConnection db, SearchRequest r) =>
        db.Query<(string Type, string Id, string ProfileId, string JurisdictionCode, long? DimensionNumber, string Title, string Snippet, double Bm25)>(
            $"{Hits} ORDER BY bm25, type, id LIMIT @PageSize OFFSET @Offset", Parameters(r))
          .Select(h => new SearchHit
          {
              Type = h.Type, Id = h.Id, ProfileId = h.ProfileId, JurisdictionCode = h.JurisdictionCode,
              DimensionNumber = h.DimensionNumber is { } d ? (int)d : null, Title = h.Title,
              Snippet = h.Snippet.Replace(Open, "", StringComparison.Ordinal).Replace(Close, "", StringComparison.Ordinal),
              SnippetHtml = Html(h.Snippet),
              Score = Math.Round(-h.Bm25, 4),
          }).ToList();

    // Escapes markup characters only; letters of any script stay readable.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    static string Html(string marked)
    {
        var html = new StringBuilder();
        foreach (var (part, i) in marked.Split(Open).Select((p, i) => (p, i)))
        {
            if (i == 0) { html.Append(Encoder.Encode(part)); continue; }
            var close = part.IndexOf(Close, StringComparison.Ordinal);
            var match = close < 0 ? part : part[..close];
            html.Append(CultureInfo.InvariantCulture, $"<mark>{Encoder.Encode(match)}</mark>");
            if (close >= 0) html.Append(Encoder.Encode(part[(close + 1)..]));
        }
        return html.ToString();
    }
}
