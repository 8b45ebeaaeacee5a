using Mgi.Api.Features.CovidResponses.List;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Indicators.List;
using Mgi.Api.Features.Jurisdictions.List;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Profiles.List;
using Mgi.Api.Features.Sources.List;

namespace Mgi.Api.Tests.Routes;

[Collection(SharedServer.Name)]
public sealed class FilterTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<List<string>> Ids(string url, string key = "id") =>
        (await _client.Json(url)).Items().Select(i => i.Str(key)).ToList();

    [Fact]
    public async Task Jurisdictions_filter_by_level_and_parent()
    {
        Assert.Equal(["MEX"], await Ids($"{ListJurisdictionsRequest.Route}?level=national", "code"));
        var states = await Ids($"{ListJurisdictionsRequest.Route}?level=subnational", "code");
        Assert.Equal(["MX-CHH", "MX-CMX", "MX-DUR", "MX-GRO", "MX-GUA", "MX-MIC", "MX-OAX", "MX-TAM"], states);
        Assert.Equal(states, await Ids($"{ListJurisdictionsRequest.Route}?parent=MEX", "code"));
        Assert.Empty(await Ids($"{ListJurisdictionsRequest.Route}?parent=MX-CHH", "code"));
    }

    [Fact]
    public async Task Profiles_filter_by_jurisdiction_year_and_data_status()
    {
        Assert.Equal(["MEX-2022"], await Ids($"{ListProfilesRequest.Route}?jurisdiction=MEX"));
        Assert.Equal(["MEX-2022"], await Ids($"{ListProfilesRequest.Route}?dataStatus=complete"));
        Assert.Equal(["MX-CHH-2020", "MX-OAX-2020"], await Ids($"{ListProfilesRequest.Route}?year=2020"));
        Assert.Equal(["MX-CMX-2022", "MX-DUR-2022", "MX-GRO-2022", "MX-MIC-2022"], await Ids($"{ListProfilesRequest.Route}?year=2022&dataStatus=referenced"));
    }

    [Fact]
    public async Task Indicators_filter_by_dimension()
    {
        Assert.Equal(["d6-border-control", "d6-admission", "d6-unexpected-flows", "d6-trafficking"], await Ids($"{ListIndicatorsRequest.Route}?dimension=6", "code"));
    }

    [Fact]
    public async Task Policies_filter_by_dimension_and_assessment()
    {
        // Section 5.2 of the profile: three areas with potential for further development.
        Assert.Equal(["MEX-2022-5.2-01", "MEX-2022-5.2-02", "MEX-2022-5.2-03"],
            await Ids($"{ListPoliciesRequest.Route}?dimension=5&assessment=further-development"));
        // Section 3.2 has a single paragraph.
        Assert.Equal(["MEX-2022-3.2-01"], await Ids($"{ListPoliciesRequest.Route}?dimension=3&assessment=further-development"));
    }

    [Fact]
    public async Task Policies_filter_by_jurisdiction_profile_and_indicator()
    {
        var all = await _client.Json($"{ListPoliciesRequest.Route}?pageSize=500");
        Assert.Equal(all.GetProperty("total").GetInt32(), (await _client.Json($"{ListPoliciesRequest.Route}?jurisdiction=MEX")).GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32(), (await _client.Json($"{ListPoliciesRequest.Route}?profile=mex-2022")).GetProperty("total").GetInt32());
        var family = await _client.Json($"{ListPoliciesRequest.Route}?indicator=d1-family-reunification");
        Assert.All(family.Items(), p => Assert.Contains("d1-family-reunification", p.GetProperty("indicatorCodes").EnumerateArray().Select(c => c.GetString())));
        Assert.Contains(family.Items(), p => p.Str("text").StartsWith("Family reunification is possible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Policies_q_matches_words_regardless_of_accents_and_case()
    {
        // "Bajío Morelia region (Michoacán)" is in the forums paragraph of section 3.1.
        var ids = await Ids($"{ListPoliciesRequest.Route}?q=MICHOACAN%20bajio");
        Assert.Equal(["MEX-2022-3.1-03"], ids);
        Assert.Contains("MEX-2022-6.2-01", await Ids($"{ListPoliciesRequest.Route}?q=trafficking&assessment=further-development"));
    }

    [Fact]
    public async Task Covid_responses_filter_by_topic_profile_and_jurisdiction()
    {
        var vaccination = (await _client.Json($"{ListCovidResponsesRequest.Route}?topic=vaccination")).Items();
        Assert.Single(vaccination);
        Assert.StartsWith("Migrants have the right to be vaccinated", vaccination[0].Str("text"), StringComparison.Ordinal);
        Assert.Equal(7, (await _client.Json($"{ListCovidResponsesRequest.Route}?profile=MEX-2022&jurisdiction=MEX")).GetProperty("total").GetInt32());
        Assert.Empty((await _client.Json($"{ListCovidResponsesRequest.Route}?jurisdiction=MX-OAX")).Items());
    }

    [Fact]
    public async Task Sources_filter_by_profile_and_text()
    {
        Assert.Equal(65, (await _client.Json($"{ListSourcesRequest.Route}?profile=MEX-2022")).GetProperty("total").GetInt32());
        var customs = (await _client.Json($"{ListSourcesRequest.Route}?q=aduanera")).Items();
        Assert.Equal("Ley Aduanera", Assert.Single(customs).Str("title"));
        Assert.Empty((await _client.Json($"{ListSourcesRequest.Route}?profile=MX-CHH-2020")).Items());
    }

    [Fact]
    public async Task Footnotes_filter_by_profile_section_and_text()
    {
        Assert.Equal(60, (await _client.Json($"{ListFootnotesRequest.Route}?profile=MEX-2022&section=body")).GetProperty("total").GetInt32());
        Assert.Equal(10, (await _client.Json($"{ListFootnotesRequest.Route}?section=covid")).GetProperty("total").GetInt32());
        var curp = (await _client.Json($"{ListFootnotesRequest.Route}?q=Diario%20Oficial&section=body")).Items();
        Assert.Equal(18, Assert.Single(curp).GetProperty("number").GetInt32());
    }

    [Theory]
    [InlineData(ListJurisdictionsRequest.Route + "?level=federal", "level")]
    [InlineData(ListProfilesRequest.Route + "?dataStatus=draft", "dataStatus")]
    [InlineData(ListProfilesRequest.Route + "?year=twenty", "year")]
    [InlineData(ListProfilesRequest.Route + "?year=20", "year")]
    [InlineData(ListIndicatorsRequest.Route + "?dimension=7", "dimension")]
    [InlineData(ListIndicatorsRequest.Route + "?dimension=one", "dimension")]
    [InlineData(ListPoliciesRequest.Route + "?dimension=0", "dimension")]
    [InlineData(ListPoliciesRequest.Route + "?assessment=good", "assessment")]
    [InlineData(ListPoliciesRequest.Route + "?q=%20%20", "q")]
    [InlineData(ListPoliciesRequest.Route + "?q=%2A%22%28%29", "q")]
    [InlineData(ListCovidResponsesRequest.Route + "?topic=Border%20Closure", "topic")]
    [InlineData(ListFootnotesRequest.Route + "?section=annex", "section")]
    [InlineData(ListSourcesRequest.Route + "?q=", "q")]
    public async Task A_bad_filter_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Contains(parameter, problem.ErrorNames());
    }

    [Theory]
    [InlineData("NEAR(migration law)")]
    [InlineData("migration AND OR NOT")]
    [InlineData("\"unbalanced")]
    [InlineData("title:health")]
    [InlineData("-minus *star")]
    public async Task Search_text_that_looks_like_FTS_syntax_is_treated_as_words(string q)
    {
        using var response = await _client.GetAsync($"{ListPoliciesRequest.Route}?q={Uri.EscapeDataString(q)}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
