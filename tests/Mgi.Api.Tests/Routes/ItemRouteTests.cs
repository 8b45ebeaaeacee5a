namespace Mgi.Api.Tests.Routes;

[Collection(SharedServer.Name)]
public sealed class ItemRouteTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/v1/jurisdictions/MEX", "code", "MEX")]
    [InlineData("/v1/jurisdictions/mx-mic", "code", "MX-MIC")]
    [InlineData("/v1/profiles/MEX-2022", "id", "MEX-2022")]
    [InlineData("/v1/profiles/mx-gua-2021", "id", "MX-GUA-2021")]
    [InlineData("/v1/indicators/D4-Remittances", "code", "d4-remittances")]
    [InlineData("/v1/instruments/MEX-Migration-Law", "id", "mex-migration-law")]
    [InlineData("/v1/conventions/icrmw-1990", "code", "icrmw-1990")]
    [InlineData("/v1/policies/MEX-2022-6.2-02", "id", "MEX-2022-6.2-02")]
    [InlineData("/v1/covid-responses/MEX-2022-covid-07", "id", "MEX-2022-covid-07")]
    [InlineData("/v1/policies/mex-2022-6.2-02", "id", "MEX-2022-6.2-02")]
    [InlineData("/v1/covid-responses/Mex-2022-COVID-07", "id", "MEX-2022-covid-07")]
    public async Task An_item_route_answers_the_item_with_its_canonical_key(string url, string key, string expected)
    {
        var item = await _client.Json(url);
        Assert.Equal(expected, item.Str(key));
    }

    [Fact]
    public async Task A_dimension_is_found_by_number()
    {
        var dimension = await _client.Json("/v1/dimensions/4");
        Assert.Equal("well-being-of-migrants", dimension.Str("code"));
    }

    [Theory]
    [InlineData("/v1/jurisdictions/ATL", "code")]
    [InlineData("/v1/jurisdictions/ATL/ratifications", "code")]
    [InlineData("/v1/profiles/MEX-1999", "id")]
    [InlineData("/v1/dimensions/7", "number")]
    [InlineData("/v1/dimensions/0", "number")]
    [InlineData("/v1/indicators/9.9", "code")]
    [InlineData("/v1/indicators/1.2", "code")]
    [InlineData("/v1/instruments/mex-no-such-law", "id")]
    [InlineData("/v1/profiles/MEX-1999/summary", "id")]
    [InlineData("/v1/conventions/ilo-c999", "code")]
    [InlineData("/v1/policies/MEX-2022-9.9-99", "id")]
    [InlineData("/v1/covid-responses/MEX-2022-covid-99", "id")]
    public async Task An_unknown_code_or_id_is_a_404_problem_naming_the_route_parameter(string url, string parameter)
    {
        var problem = await _client.Problem(url, 404);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal("Not Found", problem.Str("title"));
    }

    [Fact]
    public async Task A_route_parameter_of_the_wrong_type_is_a_400_naming_it()
    {
        var problem = await _client.Problem("/v1/dimensions/two", 400);
        Assert.Equal(["number"], problem.ErrorNames());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await _client.Problem("/v1/countries", 404);
    }

    [Fact]
    public async Task Item_routes_take_no_query_parameters()
    {
        var problem = await _client.Problem("/v1/jurisdictions/MEX?expand=profiles", 400);
        Assert.Equal(["expand"], problem.ErrorNames());
    }

    [Fact]
    public async Task A_state_shows_the_ratifications_of_its_country()
    {
        var mexico = await _client.Json("/v1/jurisdictions/MEX/ratifications");
        var guerrero = await _client.Json("/v1/jurisdictions/MX-GRO/ratifications");
        Assert.Equal(mexico.GetRawText(), guerrero.GetRawText());
        Assert.All(guerrero.Items(), r => Assert.Equal("MEX", r.Str("jurisdictionCode")));
    }
}
