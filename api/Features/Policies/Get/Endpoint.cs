namespace Mgi.Api.Features.Policies.Get;

public sealed class Endpoint(RenderedData rendered) : ItemEndpoint<GetPolicyRequest, Policy>
{
    public override void Configure()
    {
        Item(GetPolicyRequest.Route, "GetPolicy", "Policies",
            "Get a policy finding",
            "One finding by id (case-insensitive), with its instruments and footnotes.");
    }

    public override async Task HandleAsync(GetPolicyRequest req, CancellationToken ct)
    {
        await SendItemAsync(rendered.Policies.Find(req.Id), "id", $"No policy has the id '{req.Id}'.", ct);
    }
}
