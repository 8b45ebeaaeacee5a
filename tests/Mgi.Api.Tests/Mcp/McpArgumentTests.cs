using ModelContextProtocol;

namespace Mgi.Api.Tests.Mcp;

/// <summary>
/// A bad argument is a tool error (isError: true) naming it, with the HTTP API's own message for the
/// same question where the API has one; never a protocol error, never an exception. An unknown tool
/// is the protocol's error (invalid params), naming it.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class McpArgumentTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    /// <summary>Tool, arguments, the argument at fault, and the API request that asks the same (its problem's detail is the tool's error).</summary>
    public static TheoryData<string, string, string, string> SameAsTheApi => new()
    {
        { "search", """{}""", "q", "/v1/search" },
        { "search", """{"q":"!!!"}""", "q", "/v1/search?q=!!!" },
        { "search", $$"""{"q":"{{new string('a', 501)}}"}""", "q", $"/v1/search?q={new string('a', 501)}" },
        { "search", """{"q":"migr","type":"article"}""", "type", "/v1/search?q=migr&type=article" },
        { "search", """{"q":"migr","jurisdiction":"MX"}""", "jurisdiction", "/v1/search?q=migr&jurisdiction=MX" },
        { "search", """{"q":"migr","profile":"MEX-2021"}""", "profile", "/v1/search?q=migr&profile=MEX-2021" },
        { "search", """{"q":"migr","dimension":7}""", "dimension", "/v1/search?q=migr&dimension=7" },
        { "search", """{"q":"migr","page":0}""", "page", "/v1/search?q=migr&page=0" },
        { "search", """{"q":"migr","page":99}""", "page", "/v1/search?q=migr&page=99&pageSize=10" },
        { "list_findings", """{"dimension":0}""", "dimension", "/v1/policies?dimension=0" },
        { "list_findings", """{"assessment":"good"}""", "assessment", "/v1/policies?assessment=good" },
        { "list_findings", """{"indicator":"d1-educaton"}""", "indicator", "/v1/policies?indicator=d1-educaton" },
        { "list_findings", """{"instrument":"mex-migration"}""", "instrument", "/v1/policies?instrument=mex-migration" },
        { "list_findings", """{"facet":"colour"}""", "facet", "/v1/policies?facet=colour" },
        { "list_findings", """{"facet":"dimension,dimension"}""", "facet", "/v1/policies?facet=dimension,dimension" },
        { "list_findings", """{"q":"***"}""", "q", "/v1/policies?q=***" },
        { "list_findings", """{"profile":"MEX-2022","page":50}""", "page", "/v1/policies?profile=MEX-2022&page=50&pageSize=10" },
        { "get_finding", """{"id":"MEX-2022-9.9-99"}""", "id", "/v1/policies/MEX-2022-9.9-99" },
        { "get_instrument", """{"id":"mex-no-such-law"}""", "id", "/v1/instruments/mex-no-such-law" },
        { "profile_summary", """{"id":"MEX-2019"}""", "id", "/v1/profiles/MEX-2019/summary" },
        { "list_ratifications", """{"jurisdiction":"ZZZ"}""", "code", "/v1/jurisdictions/ZZZ/ratifications" },
    };

    [Theory]
    [MemberData(nameof(SameAsTheApi))]
    public async Task A_bad_argument_is_a_tool_error_naming_it_as_the_API_names_its_parameter(string tool, string arguments, string parameter, string url)
    {
        await using var client = await McpConnection.Connect(api);
        var result = await client.Call(tool, arguments);
        Assert.True(result.IsError, result.Text());
        Assert.Null(result.StructuredContent);
        using var response = await _http.GetAsync(url);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True((int)response.StatusCode is 400 or 404, url);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal(problem.Str("detail"), result.Text());
        // The route's parameter is the tool's argument: list_ratifications takes a jurisdiction (the route's code).
        var argument = parameter == "code" ? "jurisdiction" : parameter;
        Assert.Contains(argument, result.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list_findings", """{"dimension":"3"}""", "dimension must be an integer; '\"3\"' is not.")]
    [InlineData("list_findings", """{"dimension":2.5}""", "dimension must be an integer; '2.5' is not.")]
    [InlineData("search", """{"q":"migr","page":3000000000}""", "page must be an integer; '3000000000' is not.")]
    [InlineData("search", """{"q":42}""", "q must be a string; '42' is not.")]
    [InlineData("search", """{"q":["migr"]}""", "q must be a string; '[\"migr\"]' is not.")]
    [InlineData("get_finding", """{"id":{"value":"MEX-2022-1.2-01"}}""", "id must be a string; '{\"value\":\"MEX-2022-1.2-01\"}' is not.")]
    [InlineData("get_finding", """{}""", "id is required.")]
    [InlineData("get_finding", """{"id":null}""", "id is required.")]
    [InlineData("list_ratifications", """{"code":"MEX"}""", "Unknown argument 'code'. Known: jurisdiction. jurisdiction is required.")]
    [InlineData("search", """{"q":"migr","pageSize":50}""", "Unknown argument 'pageSize'. Known: q, type, jurisdiction, profile, dimension, page.")]
    public async Task An_argument_of_the_wrong_type_unknown_or_missing_is_a_tool_error_naming_it(string tool, string arguments, string error)
    {
        await using var client = await McpConnection.Connect(api);
        var result = await client.Call(tool, arguments);
        Assert.True(result.IsError);
        Assert.Equal(error, result.Text());
    }

    [Fact]
    public async Task A_null_argument_is_one_not_given()
    {
        await using var client = await McpConnection.Connect(api);
        var given = await client.Structured("list_findings", """{"dimension":null,"assessment":null,"page":null}""");
        var none = await client.Structured("list_findings");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(none, given));
    }

    [Fact]
    public async Task A_known_code_in_another_case_is_read_as_the_data_writes_it()
    {
        await using var client = await McpConnection.Connect(api);
        var lower = await client.Structured("list_findings", """{"profile":"mex-2022","indicator":"D1-EDUCATION"}""");
        var written = await client.Structured("list_findings", """{"profile":"MEX-2022","indicator":"d1-education"}""");
        Assert.True(lower["total"]!.GetValue<int>() > 0);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(written, lower));
    }

    [Fact]
    public async Task An_unknown_tool_is_the_protocols_invalid_params_error_naming_it()
    {
        await using var client = await McpConnection.Connect(api);
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => client.Call("delete_finding", """{"id":"MEX-2022-1.2-01"}"""));
        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("delete_finding", error.Message, StringComparison.Ordinal);
    }
}
