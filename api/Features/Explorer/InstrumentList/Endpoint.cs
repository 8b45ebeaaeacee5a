using Mgi.Api.Data;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.List;

namespace Mgi.Api.Features.Explorer.InstrumentList;

/// <summary>/explore/instruments: /v1/instruments' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, InstrumentsResource resource) : ListPageEndpoint<Instrument, ListInstrumentsRequest, InstrumentsPage>(database, resource)
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/instruments");

    protected override string ApiRoute => ListInstrumentsRequest.Route;

    protected override (string Client, string Operation) SdkOperation => ("instruments", "ListInstruments");
}
