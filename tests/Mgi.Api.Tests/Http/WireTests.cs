using System.Net;
using System.Net.Http.Headers;

namespace Mgi.Api.Tests.Http;

/// <summary>CORS, content negotiation, limits, security headers, request ids and observability.</summary>
[Collection(SharedServer.Name)]
public sealed class WireTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_cors_preflight_for_get_is_answered_for_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/policies");
        request.Headers.Add("Origin", "https://portal.example.org");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET,HEAD", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task A_cors_preflight_for_another_method_is_not_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/policies");
        request.Headers.Add("Origin", "https://portal.example.org");
        request.Headers.Add("Access-Control-Request-Method", "DELETE");
        using var response = await _client.SendAsync(request);
        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_cross_origin_get_may_read_the_body_and_the_caching_and_paging_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/footnotes?pageSize=5");
        request.Headers.Add("Origin", "https://portal.example.org");
        using var response = await _client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        foreach (var header in new[] { "ETag", "Link", "Retry-After", "X-Request-Id", "X-Dataset-Version" })
            Assert.Contains(header, exposed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("image/*")]
    public async Task An_accept_header_admitting_no_json_is_a_406_problem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Not Acceptable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("text/html, application/json;q=0.5")]
    [InlineData("application/problem+json")]
    public async Task An_accept_header_admitting_json_is_served(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/dimensions");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_over_long_query_string_is_a_414_problem()
    {
        var problem = await _client.Problem("/v1/policies?q=" + new string('a', 20_000), 414);
        Assert.Equal("URI Too Long", problem.Str("title"));
    }

    [Fact]
    public async Task A_request_body_is_a_413_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies") { Content = new StringContent("{\"page\": 2}") };
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_write_method_is_a_405_problem()
    {
        using var response = await _client.PostAsync("/v1/policies", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/v1/policies")]
    [InlineData("/v1/policies/nope")]
    [InlineData("/health/live")]
    public async Task Responses_carry_nosniff_and_no_server_banner(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
    }

    [Fact]
    public async Task Swagger_ui_has_a_strict_content_security_policy()
    {
        using var response = await _client.GetAsync("/swagger/index.html");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clients_request_id_is_echoed_and_is_the_problems_trace_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies?dimension=9");
        request.Headers.Add("X-Request-Id", "portal-7f3a.42");
        using var response = await _client.SendAsync(request);
        Assert.Equal("portal-7f3a.42", response.Headers.GetValues("X-Request-Id").Single());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("portal-7f3a.42", problem.Str("traceId"));
    }

    [Fact]
    public async Task A_request_without_a_usable_id_gets_a_new_one_also_on_framework_problems()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/no-such-route");
        request.Headers.Add("X-Request-Id", "not a token; " + new string('x', 100));
        using var response = await _client.SendAsync(request);
        var id = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, problem.Str("traceId"));
    }

    [Fact]
    public async Task Every_response_names_the_data_set_version_that_meta_describes()
    {
        var meta = await _client.Json("/v1/meta");
        using var response = await _client.GetAsync("/v1/policies/nope");
        Assert.Equal(meta.Str("datasetVersion"), response.Headers.GetValues("X-Dataset-Version").Single());
        Assert.Matches("^[0-9a-f]{16}$", meta.Str("datasetVersion"));
        Assert.True(DateTimeOffset.TryParse(meta.Str("builtAt"), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Meta_counts_the_records_and_gives_each_profiles_citation_and_licence()
    {
        var meta = await _client.Json("/v1/meta");
        var counts = meta.GetProperty("counts");
        Assert.Equal(68, counts.GetProperty("policies").GetInt32());
        Assert.Equal(65, counts.GetProperty("sources").GetInt32());
        Assert.Equal(70, counts.GetProperty("footnotes").GetInt32());
        Assert.Equal(7, counts.GetProperty("covidResponses").GetInt32());
        Assert.Equal(9, counts.GetProperty("jurisdictions").GetInt32());
        var mexico = meta.GetProperty("profiles").EnumerateArray().Single(p => p.Str("id") == "MEX-2022");
        Assert.StartsWith("International Organization for Migration (IOM), 2023.", mexico.Str("citation"), StringComparison.Ordinal);
        Assert.Equal("CC BY-NC-ND 3.0 IGO", mexico.GetProperty("license").Str("code"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_contract_declares_the_wire_behaviour_of_every_operation()
    {
        var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json"))).RootElement;
        foreach (var path in contract.GetProperty("paths").EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            foreach (var status in new[] { "200", "304", "406", "429", "503" })
                Assert.True(responses.TryGetProperty(status, out _), $"{path.Name} does not declare {status}");
            Assert.True(responses.GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
            Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
            Assert.True(responses.GetProperty("304").GetProperty("headers").TryGetProperty("ETag", out _));
        }
    }
}
