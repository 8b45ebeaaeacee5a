namespace Mgi.Api.Features.Jurisdictions.Ratifications;

public sealed class Endpoint(Database database) : ListEndpoint<ListRatificationsRequest, Ratification>
{
    public override void Configure()
    {
        Get(ListRatificationsRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListRatificationsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.NationalCode(db, req.Code) is not { } national)
        {
            AddError(new ValidationFailure("code", $"No jurisdiction has the code '{req.Code}'."));
            await Send.ErrorsAsync(404, ct);
            return;
        }
        await SendPageAsync(req, Data.Count(db, national), () => Data.Page(db, national, req), ct);
    }
}
