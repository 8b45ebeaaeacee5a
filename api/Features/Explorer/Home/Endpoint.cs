using Mgi.Api.Data;
using Mgi.Api.Features.Dimensions;
using Mgi.Api.Features.Meta;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Profiles;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Explorer.Home;

/// <summary>What the overview shows: /v1/meta's description of the data set and the findings' counts by profile and dimension.</summary>
public sealed record HomeView(
    Meta.Get.Meta Meta,
    IReadOnlyList<Profiles.Profile> Profiles,
    IReadOnlyList<Dimension> Dimensions,
    ListPage<Policy> Findings)
{
    /// <summary>How many findings have <paramref name="value"/>; null when that facet was not counted in time.</summary>
    public int? FindingsOf(string facet, string value) =>
        Findings.Facets is { } facets && facets.TryGetValue(facet, out var values)
            ? values.FirstOrDefault(v => v.Value.Equals(value, StringComparison.OrdinalIgnoreCase))?.Count ?? 0
            : null;
}

/// <summary>/explore: the data set at a glance, the twin of /v1/meta (it takes no query parameter either).</summary>
public sealed class Endpoint(Database database, DataSetDescription dataSet, ProfilesResource profiles, DimensionsResource dimensions, PoliciesResource policies)
    : PageEndpoint<EmptyRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore);

    protected override async Task RenderAsync(EmptyRequest req, CancellationToken ct)
    {
        HomeView view;
        using (var db = database.Open())
        {
            // The findings counted by profile and by dimension: /v1/policies?facet=profile,dimension.
            var findings = new ListPoliciesRequest { Facet = "profile,dimension", PageSize = 1 };
            view = new HomeView(dataSet.Meta, [.. profiles.Items.All.Select(p => p.Item)],
                [.. dimensions.Items.All.Select(d => d.Item)], policies.Source(db, findings).Read(findings).Page!);
        }
        view.Findings.KeepFromCachesIfIncomplete(HttpContext.Response);
        await SendPageAsync<HomePage>(view, ct);
    }
}
