using System.Text.Json;

namespace Mgi.Api.Tests.Routes;

/// <summary>
/// facet=… counts, per value of a filter, what the list would total with that filter set to that
/// value and the other filters as given (Datasette's semantics). Checked by asking the list itself.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class FacetTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    /// <summary>Every faceted list of the contract, with its facets and some filters to combine them with.</summary>
    public static TheoryData<string, string> Lists() => new()
    {
        { "/v1/policies", "" },
        { "/v1/policies", "profile=MEX-2022&assessment=further-development" },
        { "/v1/policies", "dimension=6&q=migration" },
        { "/v1/policies", "instrument=mex-migration-law" },
        { "/v1/instruments", "" },
        { "/v1/instruments", "kind=law" },
        { "/v1/profiles", "" },
        { "/v1/profiles", "year=2022" },
        { "/v1/jurisdictions", "level=subnational" },
        { "/v1/indicators", "" },
        { "/v1/covid-responses", "profile=MEX-2022" },
        { "/v1/sources", "q=ley" },
        { "/v1/footnotes", "section=covid" },
        { "/v1/search", "q=migration" },
        { "/v1/search", "q=health&dimension=1" },
        { "/v1/search", "q=law&type=policy&profile=MEX-2022" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Each_facet_value_counts_the_total_of_the_list_filtered_by_it(string route, string filters)
    {
        var names = FacetNamesOf(route);
        Assert.NotEmpty(names);
        var sep = filters.Length == 0 ? "" : "&";
        var page = await _client.Json($"{route}?{filters}{sep}facet={string.Join(",", names)}&pageSize=1");
        var facets = page.GetProperty("facets");
        Assert.Equal(names, facets.EnumerateObject().Select(f => f.Name));
        foreach (var facet in facets.EnumerateObject())
        {
            var others = string.Join("&", filters.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(f => !f.StartsWith(facet.Name + "=", StringComparison.Ordinal)));
            foreach (var value in facet.Value.EnumerateArray())
            {
                var url = $"{route}?{others}{(others.Length == 0 ? "" : "&")}{facet.Name}={Uri.EscapeDataString(value.Str("value"))}&pageSize=1";
                Assert.True(value.GetProperty("count").GetInt32() == (await _client.Json(url)).GetProperty("total").GetInt32(), $"{url}: facet count {value.GetProperty("count")}");
            }
        }
    }

    [Fact]
    public async Task Findings_by_assessment_under_a_dimension_split_as_the_profile_prints_them()
    {
        var page = await _client.Json("/v1/policies?dimension=1&facet=assessment,dimension");
        var assessment = page.GetProperty("facets").GetProperty("assessment").EnumerateArray().ToDictionary(v => v.Str("value"), v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["well-developed"] = 12, ["further-development"] = 3 }, assessment);
        // The facet of a filter that is set counts every value of it, as if that filter were unset.
        var dimension = page.GetProperty("facets").GetProperty("dimension").EnumerateArray().Select(v => v.Str("value")).Order().ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], dimension);
    }

    [Fact]
    public async Task Without_facet_the_envelope_says_null()
    {
        var page = await _client.Json("/v1/policies?pageSize=1");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("facets").ValueKind);
    }

    [Theory]
    [InlineData("/v1/policies?facet=q", "'q' is not a filter of this list")]
    [InlineData("/v1/policies?facet=colour", "'colour' is not a filter")]
    [InlineData("/v1/policies?facet=", "empty name")]
    [InlineData("/v1/policies?facet=dimension,", "empty name")]
    [InlineData("/v1/policies?facet=dimension,Dimension", "twice")]
    [InlineData("/v1/policies?facet=dimension&format=csv", "JSON")]
    [InlineData("/v1/instruments?facet=assessment", "'assessment' is not a filter")]
    public async Task A_bad_facet_is_a_400_naming_facet(string url, string message)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Equal(["facet"], problem.ErrorNames());
        Assert.Contains(message, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_repeated_is_a_400()
    {
        var problem = await _client.Problem("/v1/policies?facet=dimension&facet=assessment", 400);
        Assert.Contains("facet", problem.ErrorNames());
    }

    [Fact]
    public void The_contract_names_each_lists_facets()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")));
        var facetsOf = contract.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.GetProperty("get").TryGetProperty("parameters", out var ps) && ps.EnumerateArray().Any(x => x.Str("name") == "facet"))
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("get").GetProperty("parameters").EnumerateArray().Single(x => x.Str("name") == "facet"));
        Assert.Equal(["/v1/covid-responses", "/v1/footnotes", "/v1/indicators", "/v1/instruments", "/v1/jurisdictions", "/v1/policies", "/v1/profiles", "/v1/search", "/v1/sources"], facetsOf.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("jurisdiction|profile|dimension|assessment|indicator|instrument", facetsOf["/v1/policies"].GetProperty("schema").Str("pattern"), StringComparison.Ordinal);
    }

    static string[] FacetNamesOf(string route)
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")));
        var pattern = contract.RootElement.GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.Str("name") == "facet").GetProperty("schema").Str("pattern");
        return pattern[2..].Split(')')[0].Split('|');
    }
}
