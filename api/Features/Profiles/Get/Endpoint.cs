namespace Mgi.Api.Features.Profiles.Get;

public sealed class Endpoint(Database database) : Endpoint<GetProfileRequest, Profile>
{
    public override void Configure()
    {
        Get(GetProfileRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetProfileRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Id) is { } profile)
        {
            await Send.OkAsync(profile, ct);
            return;
        }
        AddError(new ValidationFailure("id", $"No profile has the id '{req.Id}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
