using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;

namespace Mgi.Api.Features.Search.List;

internal static class Data
{
    // Snippet markers that cannot occur in the data (control characters); turned into <mark> or dropped.
    const string Open = "\u0002";
    const string Close = "\u0003";

    // Ranking: one statement over the full-text indexes of the types asked for, BM25 only (lower is
    // better in FTS5). Snippets are made afterwards for the page alone: making them for every match
    // is what costs. The statement holds only the filters given: with every filter written as
    // "@X IS NULL OR …" SQLite plans the join badly (docs/benchmarks.md).
    sealed record Kind(string Type, string Table, string Weights, bool HasDimension);

    static readonly Kind[] Kinds =
    [
        new(SearchRequest.Policy, "policies", ", 2.0, 1.0", HasDimension: true),
        new(SearchRequest.CovidResponse, "covid_responses", "", HasDimension: false),
        new(SearchRequest.Source, "sources", "", HasDimension: false),
        new(SearchRequest.Footnote, "footnotes", "", HasDimension: false),
    ];

    static string Ranked(SearchRequest r)
    {
        var branches = Kinds
            .Where(k => (r.Type is null || r.Type == k.Type) && (r.Dimension is null || k.HasDimension))
            .Select(k => $"SELECT '{k.Type}' AS type, f.rowid AS rid, x.id, bm25({k.Table}_fts{k.Weights}) AS bm25"
                + $" FROM {k.Table}_fts f JOIN {k.Table} x ON x.rowid = f.rowid WHERE {k.Table}_fts MATCH @Match"
                + (r.Jurisdiction is null ? "" : " AND x.jurisdiction_code = @Jurisdiction")
                + (r.Profile is null ? "" : " AND x.profile_id = @Profile")
                + (r.Dimension is null ? "" : " AND x.dimension_number = @Dimension"))
            .ToList();
        // A dimension with a type that has none (type=source&dimension=2) matches nothing.
        return branches.Count == 0
            ? "SELECT NULL AS type, NULL AS rid, NULL AS id, NULL AS bm25 WHERE 0"
            : $"SELECT * FROM ({string.Join(" UNION ALL ", branches)})";
    }

    // The page's hits with their snippets, per type: rowids of the page passed as a JSON array.
    static readonly Dictionary<string, string> Details = new()
    {
        [SearchRequest.Policy] = """
            SELECT f.rowid AS rid, p.id, p.profile_id, p.jurisdiction_code, p.dimension_number, p.title,
                   snippet(policies_fts, -1, char(2), char(3), '…', 24) AS snippet
              FROM policies_fts f JOIN policies p ON p.rowid = f.rowid
             WHERE policies_fts MATCH @Match AND f.rowid IN (SELECT value FROM json_each(@Rowids))
            """,
        [SearchRequest.CovidResponse] = """
            SELECT f.rowid AS rid, c.id, c.profile_id, c.jurisdiction_code, NULL AS dimension_number, c.topic AS title,
                   snippet(covid_responses_fts, -1, char(2), char(3), '…', 24) AS snippet
              FROM covid_responses_fts f JOIN covid_responses c ON c.rowid = f.rowid
             WHERE covid_responses_fts MATCH @Match AND f.rowid IN (SELECT value FROM json_each(@Rowids))
            """,
        [SearchRequest.Source] = """
            SELECT f.rowid AS rid, s.id, s.profile_id, s.jurisdiction_code, NULL AS dimension_number, s.title,
                   snippet(sources_fts, -1, char(2), char(3), '…', 24) AS snippet
              FROM sources_fts f JOIN sources s ON s.rowid = f.rowid
             WHERE sources_fts MATCH @Match AND f.rowid IN (SELECT value FROM json_each(@Rowids))
            """,
        [SearchRequest.Footnote] = """
            SELECT f.rowid AS rid, n.id, n.profile_id, n.jurisdiction_code, NULL AS dimension_number,
                   'Note ' || n.number || CASE n.section WHEN 'covid' THEN ' (COVID-19 page)' ELSE '' END AS title,
                   snippet(footnotes_fts, -1, char(2), char(3), '…', 24) AS snippet
              FROM footnotes_fts f JOIN footnotes n ON n.rowid = f.rowid
             WHERE footnotes_fts MATCH @Match AND f.rowid IN (SELECT value FROM json_each(@Rowids))
            """,
    };

    // Parameters the statement does not name are not bound.
    static (string, object?)[] Parameters(SearchRequest r, string? match) =>
        [("@Match", match), ("@Jurisdiction", r.Jurisdiction), ("@Profile", r.Profile), ("@Dimension", r.Dimension)];

    public static int Count(Database.Lease db, SearchRequest r) =>
        db.Count($"SELECT count(*) FROM ({Ranked(r)})", Parameters(r, FullText.ToMatchExpression(r.Q)));

    /// <summary>Order: by relevance, then type and id so that equal scores page stably.</summary>
    public static IReadOnlyList<SearchHit> Page(Database.Lease db, SearchRequest r, int offset, int limit)
    {
        var match = FullText.ToMatchExpression(r.Q);
        var ranked = db.Query<(string Type, long Rid, string Id, double Bm25)>($"{Ranked(r)} ORDER BY bm25, type, id LIMIT @Limit OFFSET @Offset",
            [.. Parameters(r, match), ("@Limit", limit), ("@Offset", offset)]);
        var details = ranked.GroupBy(h => h.Type).SelectMany(group => db
                .Query<(long Rid, string Id, string ProfileId, string JurisdictionCode, long? DimensionNumber, string Title, string Snippet)>(Details[group.Key],
                    ("@Match", match), ("@Rowids", "[" + string.Join(",", group.Select(h => h.Rid)) + "]"))
                .Select(d => (group.Key, d)))
            .ToDictionary(x => (x.Key, x.d.Rid), x => x.d);
        return ranked.Select(h =>
        {
            var d = details[(h.Type, h.Rid)];
            return new SearchHit
            {
                Type = h.Type, Id = d.Id, ProfileId = d.ProfileId, JurisdictionCode = d.JurisdictionCode,
                DimensionNumber = d.DimensionNumber is { } n ? (int)n : null, Title = d.Title,
                Snippet = d.Snippet.Replace(Open, "", StringComparison.Ordinal).Replace(Close, "", StringComparison.Ordinal),
                SnippetHtml = Html(d.Snippet),
                Score = Math.Round(-h.Bm25, 4),
            };
        }).ToList();
    }

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
