using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.CovidResponses.List;

namespace Mgi.Api.Features.Explorer.CovidAnswers;

/// <summary>/explore/covid-responses: /v1/covid-responses' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, CovidResponsesResource covidResponses) : PageEndpoint<ListCovidResponsesRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/covid-responses");

    protected override async Task RenderAsync(ListCovidResponsesRequest req, CancellationToken ct)
    {
        var query = ViewQuery.Of(HttpContext.Request);
        if (await AsDataAsync(req, query, ListCovidResponsesRequest.Route, ct)) return;
        req.Facet ??= string.Join(",", covidResponses.FacetNames);
        ListPage<CovidResponse>? page;
        ValidationFailure? refusal;
        using (var db = database.Open()) (page, refusal) = covidResponses.Source(db, req).Read(req);
        if (page is null) await RefuseAsync(refusal!, ct);
        else await SendPageAsync<CovidResponsesPage>(new ListView<CovidResponse>(page, query, ListCovidResponsesRequest.Route,
            SdkCall.For<ListCovidResponsesRequest>("covidResponses", "ListCovidResponses", query)), ct);
    }
}
