using Mgi.Api.Lists;

namespace Mgi.Api.Features.Dimensions.Get;

public sealed class Endpoint(DimensionsResource dimensions) : ItemEndpoint<GetDimensionRequest, Dimension>(dimensions)
{
    public override void Configure()
    {
        Item(GetDimensionRequest.Route, "GetDimension", "Dimensions",
            "Get a dimension",
            "One MGI dimension by number.");
    }

    public override Task HandleAsync(GetDimensionRequest req, CancellationToken ct) =>
        SendItemAsync(req.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "number", $"No dimension has the number {req.Number}; dimensions are numbered 1 to 6.", ct);
}
