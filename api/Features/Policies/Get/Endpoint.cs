using Mgi.Api.Lists;

namespace Mgi.Api.Features.Policies.Get;

public sealed class Endpoint(PoliciesResource policies) : ItemEndpoint<GetPolicyRequest, Policy>(policies)
{
    public override void Configure()
    {
        Item(GetPolicyRequest.Route, "GetPolicy", "Policies",
            "Get a policy finding",
            "One finding by id (case-insensitive), with its instruments and footnotes.");
    }

    public override Task HandleAsync(GetPolicyRequest req, CancellationToken ct) =>
        SendItemAsync(req.Id, "id", GetPolicyRequest.NoSuchId(req.Id), ct);
}
