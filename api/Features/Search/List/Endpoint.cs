using Mgi.Api.Lists;

namespace Mgi.Api.Features.Search.List;

public sealed class Endpoint(Hits hits) : ListEndpoint<SearchRequest, SearchHit>
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

    public override Task HandleAsync(SearchRequest req, CancellationToken ct) => SendPageAsync(req, hits.Source(req), ct);
}
