using System.Net;

namespace Mgi.Api.Tests.Http;

/// <summary>
/// One error shape everywhere: what routing answers by itself (an unknown route, a method a route
/// does not take) is the same problem document as the endpoints' errors, and every refusal says
/// what is wrong in words that fit the case.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class ErrorShapeTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    /// <summary>The fields every problem of the service has, with the RFC 9110 section of its status as type.</summary>
    static void AssertServiceShape(JsonElement problem, int status, string title, string section, string instance)
    {
        Assert.Equal($"https://www.rfc-editor.org/rfc/rfc9110#section-{section}", problem.Str("type"));
        Assert.Equal(title, problem.Str("title"));
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(instance, problem.Str("instance"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("traceId")));
        Assert.Equal(problem.Str("detail"), string.Join(" ", problem.GetProperty("errors").EnumerateArray().Select(e => e.Str("reason"))));
    }

    [Fact]
    public async Task An_unknown_route_is_the_services_404_problem_pointing_at_the_index()
    {
        var problem = await _client.Problem("/v1/countries", 404);
        AssertServiceShape(problem, 404, "Not Found", "15.5.5", "/v1/countries");
        Assert.Equal(["path"], problem.ErrorNames());
        Assert.Equal("No route matches /v1/countries. The routes are listed at /v1 and described in /openapi/v1.json.", problem.Str("detail"));
    }

    [Fact]
    public async Task An_unknown_route_has_the_same_shape_as_an_unknown_item()
    {
        var route = await _client.Problem("/v1/countries/MEX", 404);
        var item = await _client.Problem("/v1/jurisdictions/ZZZ", 404);
        Assert.Equal(item.EnumerateObject().Select(p => p.Name).Order(), route.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(item.Str("type"), route.Str("type"));
    }

    [Theory]
    [InlineData("POST", "/v1/policies")]
    [InlineData("DELETE", "/v1/jurisdictions/MEX")]
    [InlineData("PUT", "/v1")]
    public async Task A_write_method_is_the_services_405_problem_naming_the_methods_the_route_answers(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("GET", response.Content.Headers.Allow.Single());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        AssertServiceShape(problem, 405, "Method Not Allowed", "15.5.6", url);
        Assert.Equal(["method"], problem.ErrorNames());
        Assert.Equal($"The API is read-only: {url} answers GET and HEAD, not {method}.", problem.Str("detail"));
    }

    [Fact]
    public async Task An_item_asked_for_csv_is_told_it_has_no_csv_form_naming_format()
    {
        var problem = await _client.Problem("/v1/policies/MEX-2022-6.2-02?format=csv", 400);
        AssertServiceShape(problem, 400, "Bad Request", "15.5.1", "/v1/policies/MEX-2022-6.2-02");
        Assert.Equal(["format"], problem.ErrorNames());
        Assert.Equal("Unknown query parameter 'format': this operation takes none and has no CSV form (format is a parameter of the lists).", problem.Str("detail"));
    }

    [Theory]
    [InlineData("/v1/jurisdictions/MEX?expand=profiles", "expand")]
    [InlineData("/v1/meta?page=2", "page")]
    public async Task A_parameter_of_an_operation_that_takes_none_is_told_so_without_an_empty_list(string url, string parameter)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal($"Unknown query parameter '{parameter}': this operation takes none.", problem.Str("detail"));
        Assert.DoesNotContain("Known: .", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/indicators?dimension=3&dimension=4", "dimension")] // an integer: binding saw "3,4"
    [InlineData("/v1/policies?assessment=well-developed&assessment=further-development", "assessment")] // a vocabulary: validation saw both
    [InlineData("/v1/policies?jurisdiction=MEX&jurisdiction=MX", "jurisdiction")] // a known set
    [InlineData("/v1/footnotes?page=1&page=2", "page")]
    public async Task A_repeated_parameter_is_told_it_was_repeated(string url, string parameter)
    {
        var problem = await _client.Problem(url, 400);
        AssertServiceShape(problem, 400, "Bad Request", "15.5.1", url[..url.IndexOf('?', StringComparison.Ordinal)]);
        Assert.Equal([parameter], problem.ErrorNames());
        Assert.Equal($"Query parameter '{parameter}' is given 2 times; give it once.", problem.Str("detail"));
    }

    [Fact]
    public async Task A_repeated_parameter_is_told_beside_the_other_bad_parameters()
    {
        var problem = await _client.Problem("/v1/policies?assessment=well-developed&assessment=further-development&pageSize=0", 400);
        Assert.Equal(["pageSize", "assessment"], problem.ErrorNames());
        Assert.Equal("pageSize must be between 1 and 500. Query parameter 'assessment' is given 2 times; give it once.", problem.Str("detail"));
    }
}
