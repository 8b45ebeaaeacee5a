namespace Mgi.Api.Features.Policies.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListPoliciesRequest, Policy>
{
    public override void Configure()
    {
        Get(ListPoliciesRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListPoliciesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db, req), () => Data.Page(db, req), ct);
    }
}
