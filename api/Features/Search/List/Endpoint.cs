namespace Mgi.Api.Features.Search.List;

public sealed class Endpoint(TextIndex text, Hits hits, ItemJson json) : ListEndpoint<SearchRequest, SearchHit>
{
    public override void Configure()
    {
        List(SearchRequest.Route, "Search", "Search",
            "Search the profiles' text",
            "Full-text search across policy findings, COVID-19 responses, key sources and footnotes, each hit with its type, id, title and a highlighted snippet. "
            + "Words match in any case and with or without accents; \"quoted words\" match as a phrase; the last word also matches as the beginning of a word; English words match their stem. "
            + "Hits are ranked by relevance (BM25 over each record's fields, a finding's title counting twice its text; a last word found only as the beginning of a longer word counts half), higher first; equal scores by type, then in the order of that type's list (by profile, then as printed); "
            + "`total` is exact. The values of `score` are for ordering: they may change between versions of the service.");
    }

    // Hits are computed per request: one search gives the total and the page (ranked up to its end),
    // then the page's hits get their snippets and are written like any list's items.
    public override async Task HandleAsync(SearchRequest req, CancellationToken ct)
    {
        var query = TextQuery.Parse(req.Q)!; // the validator refused text without a word
        TextIndex.Found? found = null;
        TextIndex.Found Find(long top) =>
            found is { } f && (f.Hits.Count >= top || f.Hits.Count == f.Total) ? f : found = hits.Find(query, req, (int)Math.Min(top, int.MaxValue));
        IReadOnlyList<Rendered<SearchHit>> Page(int offset, int limit)
        {
            var terms = text.SnippetTerms(query);
            return [.. Find((long)offset + limit).Hits.Skip(offset).Take(limit).Select(hit => json.Render(hits.Hit(hit, terms)))];
        }
        await SendPageAsync(req, () => Find((long)req.Page * req.PageSize).Total, Page, ct,
            facetNames: SearchRequest.DeclaredFacets, facets: names => hits.Facets(query, req, names));
    }
}
