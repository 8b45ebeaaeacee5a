using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Instruments.List;

public sealed class Endpoint(Database database, InstrumentsResource instruments) : ListEndpoint<ListInstrumentsRequest, Instrument>
{
    public override void Configure()
    {
        List(ListInstrumentsRequest.Route, "ListInstruments", "Instruments",
            "List instruments",
            "The laws, regulations, programmes, plans, agreements and bills the findings and COVID-19 answers name, one record however many names they use for it, with the findings and answers that name it, an agreement's counterparties, a status where one is not in force and the later amendments the profile states. Curatorial records (the names as written are the aliases). Ordered by jurisdiction, then as curated.");
    }

    public override Task HandleAsync(ListInstrumentsRequest req, CancellationToken ct) => SendPageAsync(database, instruments, req, ct);
}
