namespace Mgi.Api.Features.Jurisdictions.Get;

public sealed class Endpoint(Database database) : Endpoint<GetJurisdictionRequest, Jurisdiction>
{
    public override void Configure()
    {
        Get(GetJurisdictionRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetJurisdictionRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Code) is { } jurisdiction)
        {
            await Send.OkAsync(jurisdiction, ct);
            return;
        }
        AddError(new ValidationFailure("code", $"No jurisdiction has the code '{req.Code}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
