namespace Mgi.Api.Features.Conventions.Get;

public sealed class Endpoint(Database database) : Endpoint<GetConventionRequest, Convention>
{
    public override void Configure()
    {
        Get(GetConventionRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetConventionRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Code) is { } convention)
        {
            await Send.OkAsync(convention, ct);
            return;
        }
        AddError(new ValidationFailure("code", $"No convention has the code '{req.Code}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
