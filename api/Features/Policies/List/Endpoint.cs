namespace Mgi.Api.Features.Policies.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListPoliciesRequest, Policy>
{
    public override void Configure()
    {
        List(ListPoliciesRequest.Route, "ListPolicies", "Policies",
            "List policy findings",
            "The assessed findings of the profiles, verbatim: examples of well-developed areas and areas with potential for further development. Ordered by profile, then as printed.");
    }

    public override async Task HandleAsync(ListPoliciesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Policies.Get(Data.Keys(db, req)), ct);
    }
}
