namespace Mgi.Api.Features.Dimensions.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListDimensionsRequest, Dimension>
{
    public override void Configure()
    {
        Get(ListDimensionsRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListDimensionsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db), () => Data.Page(db, req), ct);
    }
}
