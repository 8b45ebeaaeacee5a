using Mgi.Api.Lists;

namespace Mgi.Api.Features.Indicators.Get;

public sealed class Endpoint(IndicatorsResource indicators) : ItemEndpoint<GetIndicatorRequest, Indicator>(indicators)
{
    public override void Configure()
    {
        Item(GetIndicatorRequest.Route, "GetIndicator", "Indicators",
            "Get an indicator area",
            "One indicator area by code.");
    }

    public override Task HandleAsync(GetIndicatorRequest req, CancellationToken ct) =>
        SendItemAsync(req.Code, "code", $"No indicator has the code '{req.Code}'.", ct);
}
