namespace Mgi.Api.Features.Indicators.Get;

public sealed class Endpoint(Database database) : Endpoint<GetIndicatorRequest, Indicator>
{
    public override void Configure()
    {
        Get(GetIndicatorRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetIndicatorRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Code) is { } indicator)
        {
            await Send.OkAsync(indicator, ct);
            return;
        }
        AddError(new ValidationFailure("code", $"No indicator has the code '{req.Code}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
