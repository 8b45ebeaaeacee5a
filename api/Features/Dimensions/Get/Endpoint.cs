namespace Mgi.Api.Features.Dimensions.Get;

public sealed class Endpoint(Database database) : Endpoint<GetDimensionRequest, Dimension>
{
    public override void Configure()
    {
        Get(GetDimensionRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetDimensionRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Number) is { } dimension)
        {
            await Send.OkAsync(dimension, ct);
            return;
        }
        AddError(new ValidationFailure("number", $"No dimension has the number {req.Number}; dimensions are numbered 1 to 6."));
        await Send.ErrorsAsync(404, ct);
    }
}
