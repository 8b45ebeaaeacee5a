using System.Net;

namespace Mgi.Api.Tests.Explorer;

/// <summary>Bad input gets the API's answer as a page: the same status, the problem's detail, the parameter named.</summary>
[Collection(SharedServer.Name)]
public sealed class ProblemPageTests(ApiFactory api)
{
    readonly HttpClient _browser = api.Browser();
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/explore/policies?dimension=9", "/v1/policies?dimension=9", 400)]
    [InlineData("/explore/policies?dimension=abc", "/v1/policies?dimension=abc", 400)]
    [InlineData("/explore/policies?assessment=good", "/v1/policies?assessment=good", 400)]
    [InlineData("/explore/policies?dimenson=3", "/v1/policies?dimenson=3", 400)]
    [InlineData("/explore/policies?dimension=abc&foo=1", "/v1/policies?dimension=abc&foo=1", 400)]
    [InlineData("/explore/policies?page=99", "/v1/policies?page=99", 400)]
    [InlineData("/explore/policies?pageSize=501", "/v1/policies?pageSize=501", 400)]
    [InlineData("/explore/policies?facet=colour", "/v1/policies?facet=colour", 400)]
    [InlineData("/explore/search?page=1", "/v1/search?page=1", 400)]
    [InlineData("/explore/search?q=%22%22", "/v1/search?q=%22%22", 400)]
    [InlineData("/explore/instruments?kind=treaty", "/v1/instruments?kind=treaty", 400)]
    [InlineData("/explore?x=1", "/v1/meta?x=1", 400)]
    [InlineData("/explore/policies?profile=MEX-2O22", "/v1/policies?profile=MEX-2O22", 400)]
    [InlineData("/explore/policies?profile=MEX-2O22&foo=1", "/v1/policies?profile=MEX-2O22&foo=1", 400)]
    [InlineData("/explore/policies?profile=MEX-2O22&dimension=9", "/v1/policies?profile=MEX-2O22&dimension=9", 400)]
    [InlineData("/explore/policies/MEX-2022-9.9-99", "/v1/policies/MEX-2022-9.9-99", 404)]
    [InlineData("/explore/profiles/NOWHERE-1999", "/v1/profiles/NOWHERE-1999/summary", 404)]
    [InlineData("/explore/instruments/no-such-law", "/v1/instruments/no-such-law", 404)]
    public async Task A_bad_request_answers_the_APIs_status_detail_and_parameter_as_a_page(string pageUrl, string apiUrl, int status)
    {
        var problem = await _client.Problem(apiUrl, status);
        var page = await _browser.Page(pageUrl, (HttpStatusCode)status);
        Assert.Equal(problem.Str("detail").Squeezed(), page.One(".problem-detail").Text());
        Assert.Equal(problem.ErrorNames(), page.All(".problem-errors code.param").Select(c => c.Text()));
        Assert.Equal("no-store", page.Response.Headers.CacheControl?.ToString());
        Assert.Null(page.Response.Headers.ETag);
        Assert.Contains($"({status})", page.One("h1").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_asked_for_data_sends_the_client_to_its_API_twin()
    {
        var response = await _browser.GetAsync("/explore/policies?profile=MEX-2022&format=csv");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/v1/policies?profile=MEX-2022&format=csv", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_URL_under_explore_that_names_no_page_is_a_404_page_naming_the_path()
    {
        var page = await _browser.Page("/explore/nothing/here", HttpStatusCode.NotFound);
        Assert.Equal(["path"], page.All(".problem-errors code.param").Select(c => c.Text()));
        Assert.Contains("/explore/nothing/here", page.One(".problem-detail").Text(), StringComparison.Ordinal);
    }
}
