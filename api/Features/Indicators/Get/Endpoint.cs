namespace Mgi.Api.Features.Indicators.Get;

public sealed class Endpoint(RenderedData rendered) : ItemEndpoint<GetIndicatorRequest, Indicator>
{
    public override void Configure()
    {
        Item(GetIndicatorRequest.Route, "GetIndicator", "Indicators",
            "Get an indicator area",
            "One indicator area by code.");
    }

    public override async Task HandleAsync(GetIndicatorRequest req, CancellationToken ct)
    {
        await SendItemAsync(rendered.Indicators.Find(req.Code), "code", $"No indicator has the code '{req.Code}'.", ct);
    }
}
