using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.List;

namespace Mgi.Api.Features.Explorer.Findings;

/// <summary>/explore/policies: the findings with exactly /v1/policies' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, PoliciesResource policies) : PageEndpoint<ListPoliciesRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/policies");

    protected override async Task RenderAsync(ListPoliciesRequest req, CancellationToken ct)
    {
        var query = ViewQuery.Of(HttpContext.Request);
        if (await AsDataAsync(req, query, ListPoliciesRequest.Route, ct)) return;
        req.Facet ??= string.Join(",", policies.FacetNames);
        ListPage<Policy>? page;
        ValidationFailure? refusal;
        using (var db = database.Open()) (page, refusal) = policies.Source(db, req).Read(req);
        if (page is null) await RefuseAsync(refusal!, ct);
        else await SendPageAsync<PoliciesPage>(new ListView<Policy>(page, query, ListPoliciesRequest.Route,
            SdkCall.For<ListPoliciesRequest>("policies", "ListPolicies", query)), ct);
    }
}
