using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Policies.List;

public sealed class Endpoint(Database database, PoliciesResource policies) : ListEndpoint<ListPoliciesRequest, Policy>
{
    public override void Configure()
    {
        List(ListPoliciesRequest.Route, "ListPolicies", "Policies",
            "List policy findings",
            "The assessed findings of the profiles, verbatim: examples of well-developed areas and areas with potential for further development. Ordered by profile, then as printed.");
    }

    public override Task HandleAsync(ListPoliciesRequest req, CancellationToken ct) => SendPageAsync(database, policies, req, ct);
}
