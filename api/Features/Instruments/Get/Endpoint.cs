using Mgi.Api.Lists;

namespace Mgi.Api.Features.Instruments.Get;

public sealed class Endpoint(InstrumentsResource instruments) : ItemEndpoint<GetInstrumentRequest, Instrument>(instruments)
{
    public override void Configure()
    {
        Item(GetInstrumentRequest.Route, "GetInstrument", "Instruments",
            "Get an instrument",
            "One instrument by id (case-insensitive), with its aliases, counterparties, status, later amendments, and the findings and COVID-19 answers that name it.");
    }

    public override Task HandleAsync(GetInstrumentRequest req, CancellationToken ct) =>
        SendItemAsync(req.Id, "id", GetInstrumentRequest.NoSuchId(req.Id), ct);
}
