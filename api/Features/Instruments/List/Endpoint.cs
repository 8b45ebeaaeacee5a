using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Instruments.List;

public sealed class Endpoint(Database database, InstrumentsResource instruments) : ListEndpoint<ListInstrumentsRequest, Instrument>
{
    public override void Configure()
    {
        List(ListInstrumentsRequest.Route, "ListInstruments", "Instruments",
            "List instruments",
            "The laws, regulations, programmes, plans, agreements and bills the findings name, one record however many names the findings use for it, with the findings that name it. Curatorial records (the names as written are the aliases). Ordered by jurisdiction, then in the order the findings first name them.");
    }

    public override Task HandleAsync(ListInstrumentsRequest req, CancellationToken ct) => SendPageAsync(database, instruments, req, ct);
}
