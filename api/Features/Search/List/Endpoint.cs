namespace Mgi.Api.Features.Search.List;

public sealed class Endpoint(Database database, ItemJson json) : ListEndpoint<SearchRequest, SearchHit>
{
    public override void Configure()
    {
        List(SearchRequest.Route, "Search", "Search",
            "Search the profiles' text",
            "Full-text search (SQLite FTS5) across policy findings, COVID-19 responses, key sources and footnotes, ranked by BM25, each hit with its type, id, title and a highlighted snippet. Words match in any case and with or without accents; \"quoted words\" match as a phrase; the last word matches as a prefix; English words match their stem.");
    }

    // Hits are computed per request (ranked, with snippets for the page), then written like any list's items.
    public override async Task HandleAsync(SearchRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), (offset, limit) => Data.Page(db, req, offset, limit).Select(json.Render).ToList(), ct);
    }
}
