namespace Mgi.Api.Features.Dimensions.Get;

public sealed class Endpoint(Database database) : ItemEndpoint<GetDimensionRequest, Dimension>
{
    public override void Configure()
    {
        Item(GetDimensionRequest.Route, "GetDimension", "Dimensions",
            "Get a dimension",
            "One MGI dimension by number.");
    }

    public override async Task HandleAsync(GetDimensionRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendItemAsync(Data.Find(db, req.Number), "number", $"No dimension has the number {req.Number}; dimensions are numbered 1 to 6.", ct);
    }
}
