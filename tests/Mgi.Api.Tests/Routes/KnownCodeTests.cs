using System.Reflection;
using System.Text.Json.Nodes;
using Mgi.Api.Contract;
using Mgi.Api.Lists;

namespace Mgi.Api.Tests.Routes;

/// <summary>
/// A filter whose values are a known set of the data (jurisdiction, profile, indicator, instrument,
/// parent, topic): a code outside it is a 400 naming the parameter and suggesting the closest; a
/// known code that selects nothing is a 200 with total 0; a code in a path stays a 404.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class KnownCodeTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/v1/profiles?jurisdiction=MX", "jurisdiction", "No jurisdiction has the code 'MX'. Did you mean MEX, MX-CHH, MX-CMX, MX-DUR or MX-GRO?")]
    [InlineData("/v1/policies?jurisdiction=MEX-2022", "jurisdiction", "No jurisdiction has the code 'MEX-2022'. Did you mean MEX?")]
    [InlineData("/v1/jurisdictions?parent=MXE", "parent", "No jurisdiction has the code 'MXE'. Did you mean MEX?")]
    [InlineData("/v1/policies?profile=MEX-2023", "profile", "No profile has the id 'MEX-2023'. Did you mean MEX-2022?")]
    [InlineData("/v1/policies?indicator=d3-foo", "indicator", "No indicator area has the code 'd3-foo'. Did you mean d3-civil-society, d3-other-states or d3-private-sector?")]
    [InlineData("/v1/policies?instrument=mex-refugees-law", "instrument", "No instrument has the id 'mex-refugees-law'. Did you mean mex-refugee-law?")]
    [InlineData("/v1/covid-responses?topic=vacination", "topic", "No COVID-19 answer has the topic 'vacination'. Did you mean vaccination?")]
    [InlineData("/v1/covid-responses?topic=health", "topic", "No COVID-19 answer has the topic 'health'. Did you mean health-statistics or access-to-health-care?")]
    [InlineData("/v1/search?q=migration&jurisdiction=MX-MICH", "jurisdiction", "No jurisdiction has the code 'MX-MICH'. Did you mean MX-MIC?")]
    public async Task A_code_that_matches_nothing_is_a_400_naming_the_parameter_and_the_closest_codes(string url, string parameter, string reason)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal(reason, problem.GetProperty("errors")[0].Str("reason"));
        Assert.Equal(reason, problem.Str("detail"));
    }

    [Theory]
    [InlineData("/v1/policies?profile=nope", "profile", "No profile has the id 'nope'; /v1/profiles lists every id.")]
    [InlineData("/v1/instruments?jurisdiction=zzz", "jurisdiction", "No jurisdiction has the code 'zzz'; /v1/jurisdictions lists every code.")]
    [InlineData("/v1/covid-responses?topic=tourism", "topic", "No COVID-19 answer has the topic 'tourism'; /v1/covid-responses?facet=topic lists every topic.")]
    public async Task A_code_with_nothing_close_says_so_and_points_at_the_list(string url, string parameter, string reason)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal(reason, problem.Str("detail"));
    }

    [Fact]
    public async Task The_lists_the_message_points_at_hold_the_codes_it_suggests()
    {
        var codes = (await _client.Json("/v1/jurisdictions?pageSize=500")).Items().Select(j => j.Str("code")).ToList();
        var detail = (await _client.Problem("/v1/profiles?jurisdiction=MX", 400)).Str("detail");
        var suggested = detail[(detail.IndexOf("Did you mean ", StringComparison.Ordinal) + 13)..^1].Replace(" or ", ", ", StringComparison.Ordinal).Split(", ");
        Assert.Equal(KnownSet.MaxSuggestions, suggested.Length);
        Assert.All(suggested, code => Assert.Contains(code, codes));
        var topics = (await _client.Json("/v1/covid-responses?facet=topic")).GetProperty("facets").GetProperty("topic").EnumerateArray().Select(t => t.Str("value"));
        Assert.Contains("vaccination", topics);
    }

    [Fact]
    public async Task A_known_code_with_no_rows_is_a_200_with_total_0()
    {
        // Mexico City's 2022 profile is referenced only: the data set holds no findings of it.
        var profile = await _client.Json("/v1/profiles/MX-CMX-2022");
        Assert.Equal("referenced", profile.Str("dataStatus"));
        foreach (var url in new[] { "/v1/policies?jurisdiction=MX-CMX", "/v1/policies?profile=MX-CMX-2022", "/v1/covid-responses?profile=mx-cmx-2022", "/v1/jurisdictions?parent=MX-CMX" })
        {
            var page = await _client.Json(url);
            Assert.Equal(0, page.GetProperty("total").GetInt32());
            Assert.Empty(page.Items());
        }
    }

    [Fact]
    public async Task Codes_are_known_in_any_case()
    {
        var upper = await _client.Json("/v1/policies?jurisdiction=MEX&indicator=D1-EDUCATION&pageSize=1");
        var lower = await _client.Json("/v1/policies?jurisdiction=mex&indicator=d1-education&pageSize=1");
        Assert.True(upper.GetProperty("total").GetInt32() > 0);
        Assert.Equal(upper.GetRawText(), lower.GetRawText());
    }

    [Fact]
    public async Task An_unknown_code_is_told_beside_the_other_bad_parameters()
    {
        var problem = await _client.Problem("/v1/policies?pageSize=0&jurisdiction=MX&profile=MEX-2022", 400);
        Assert.Equal(["pageSize", "jurisdiction"], problem.ErrorNames());
    }

    [Theory]
    [InlineData("/v1/jurisdictions/MX", "code")]
    [InlineData("/v1/jurisdictions/MX/ratifications", "code")]
    [InlineData("/v1/profiles/nope", "id")]
    public async Task A_code_in_a_path_that_matches_nothing_stays_a_404(string url, string parameter)
    {
        var problem = await _client.Problem(url, 404);
        Assert.Equal([parameter], problem.ErrorNames());
    }

    /// <summary>Every filter whose values name data declares its known set: a new one cannot be left out.</summary>
    [Fact]
    public void Every_list_filter_naming_data_declares_its_known_set()
    {
        var undeclared = typeof(PagedRequest).Assembly.GetTypes()
            .Where(t => typeof(PagedRequest).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.PropertyType == typeof(string) && x.Property.Name is not ("Q" or "Facet" or "Format"))
            .Where(x => x.Property.GetCustomAttribute<VocabularyAttribute>() is null && x.Property.GetCustomAttribute<KnownCodeAttribute>() is null)
            // A route parameter (an item's code) is answered by a 404, not a filter.
            .Where(x => !((string)x.Type.GetField("Route")!.GetValue(null)!).Contains("{" + char.ToLowerInvariant(x.Property.Name[0]) + x.Property.Name[1..] + "}", StringComparison.Ordinal))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();
        Assert.Empty(undeclared);
    }

    /// <summary>Each declared filter, as the contract lists it, refuses an unknown code and takes each known one.</summary>
    [Fact]
    public async Task Every_declared_filter_of_the_contract_refuses_an_unknown_code_and_takes_the_known_ones()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")))!;
        var declared = contract["paths"]!.AsObject()
            .SelectMany(p => (p.Value!["get"]!["parameters"]?.AsArray() ?? []).Where(q => q!["x-known-values"] is not null).Select(q => (Path: p.Key, Parameter: q!)))
            .ToList();
        Assert.Equal(15, declared.Count); // jurisdiction ×6, profile ×6, parent, indicator, instrument, topic: see the list models
        foreach (var (path, parameter) in declared)
        {
            var name = parameter["name"]!.GetValue<string>();
            Assert.Contains("is a 400 that suggests the closest", parameter["description"]!.GetValue<string>(), StringComparison.Ordinal);
            var list = parameter["x-known-values"]!["list"]!.GetValue<string>();
            var field = parameter["x-known-values"]!["field"]!.GetValue<string>();
            var known = (await _client.Json($"{list}?pageSize=500")).Items().Select(i => i.Str(field)).Distinct().ToList();
            var query = path == "/v1/search" ? "q=migration&" : "";
            foreach (var value in known) await _client.Json($"{path}?{query}{name}={Uri.EscapeDataString(value)}");
            var problem = await _client.Problem($"{path}?{query}{name}=no-such-{name}", 400);
            Assert.Equal([name], problem.ErrorNames());
        }
    }
}
