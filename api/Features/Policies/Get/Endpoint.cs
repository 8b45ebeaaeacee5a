namespace Mgi.Api.Features.Policies.Get;

public sealed class Endpoint(Database database) : Endpoint<GetPolicyRequest, Policy>
{
    public override void Configure()
    {
        Get(GetPolicyRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetPolicyRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Id) is { } policy)
        {
            await Send.OkAsync(policy, ct);
            return;
        }
        AddError(new ValidationFailure("id", $"No policy has the id '{req.Id}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
