namespace Mgi.Api.Features.Dimensions.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListDimensionsRequest, Dimension>
{
    public override void Configure()
    {
        List(ListDimensionsRequest.Route, "ListDimensions", "Dimensions",
            "List the MGI dimensions",
            "The six dimensions of migration governance, drawn from the Migration Governance Framework (MiGOF). Ordered by number.");
    }

    public override async Task HandleAsync(ListDimensionsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db), () => Data.Page(db, req), ct);
    }
}
