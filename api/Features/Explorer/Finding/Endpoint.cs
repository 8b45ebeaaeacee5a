using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.Get;

namespace Mgi.Api.Features.Explorer.Finding;

/// <summary>/explore/policies/{id}: one finding, the twin of /v1/policies/{id}.</summary>
public sealed class Endpoint(PoliciesResource policies) : PageEndpoint<GetPolicyRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/policies/{id}");

    protected override Task RenderAsync(GetPolicyRequest req, CancellationToken ct) =>
        policies.Items.Find(req.Id)?.Item is { } finding
            ? SendPageAsync<PolicyPage>(finding, ct)
            : NotFoundAsync("id", GetPolicyRequest.NoSuchId(req.Id), ct);
}
