using Mgi.Api.Data;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.List;

namespace Mgi.Api.Features.Explorer.Findings;

/// <summary>/explore/policies: the findings with exactly /v1/policies' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, PoliciesResource resource) : ListPageEndpoint<Policy, ListPoliciesRequest, PoliciesPage>(database, resource)
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/policies");

    protected override string ApiRoute => ListPoliciesRequest.Route;

    protected override (string Client, string Operation) SdkOperation => ("policies", "ListPolicies");
}
