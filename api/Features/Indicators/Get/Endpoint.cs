namespace Mgi.Api.Features.Indicators.Get;

public sealed class Endpoint(Database database) : ItemEndpoint<GetIndicatorRequest, Indicator>
{
    public override void Configure()
    {
        Item(GetIndicatorRequest.Route, "GetIndicator", "Indicators",
            "Get an indicator area",
            "One indicator area by code.");
    }

    public override async Task HandleAsync(GetIndicatorRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendItemAsync(Data.Find(db, req.Code), "code", $"No indicator has the code '{req.Code}'.", ct);
    }
}
