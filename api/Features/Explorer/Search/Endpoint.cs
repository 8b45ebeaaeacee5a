using Mgi.Api.Features.Search.List;

namespace Mgi.Api.Features.Explorer.Search;

/// <summary>/explore/search: /v1/search's parameters, its hits ranked and snippeted by the same code (<see cref="Hits.Source"/>).</summary>
public sealed class Endpoint(Hits hits) : PageEndpoint<SearchRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/search");

    protected override async Task RenderAsync(SearchRequest req, CancellationToken ct)
    {
        var query = ViewQuery.Of(HttpContext.Request);
        if (await AsDataAsync(req, query, SearchRequest.Route, ct)) return;
        req.Facet ??= "type,dimension,profile";
        var (page, refusal) = hits.Source(req).Read(req);
        if (page is null) await RefuseAsync(refusal!, ct);
        else
        {
            page.KeepFromCachesIfIncomplete(HttpContext.Response);
            await SendPageAsync<SearchPage>(new ListView<SearchHit>(page, query, SearchRequest.Route,
                SdkCall.For<SearchRequest>("search", "Search", query)), ct);
        }
    }

    protected override async Task<bool> BlankAsync(CancellationToken ct)
    {
        await SendPageAsync<SearchForm>(new object(), ct);
        return true;
    }
}
