using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.List;

namespace Mgi.Api.Features.Explorer.InstrumentList;

/// <summary>/explore/instruments: /v1/instruments' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, InstrumentsResource instruments) : PageEndpoint<ListInstrumentsRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/instruments");

    protected override async Task RenderAsync(ListInstrumentsRequest req, CancellationToken ct)
    {
        var query = ViewQuery.Of(HttpContext.Request);
        if (await AsDataAsync(req, query, ListInstrumentsRequest.Route, ct)) return;
        req.Facet ??= string.Join(",", instruments.FacetNames);
        ListPage<Instrument>? page;
        ValidationFailure? refusal;
        using (var db = database.Open()) (page, refusal) = instruments.Source(db, req).Read(req);
        if (page is null) await RefuseAsync(refusal!, ct);
        else await SendPageAsync<InstrumentsPage>(new ListView<Instrument>(page, query, ListInstrumentsRequest.Route,
            SdkCall.For<ListInstrumentsRequest>("instruments", "ListInstruments", query)), ct);
    }
}
