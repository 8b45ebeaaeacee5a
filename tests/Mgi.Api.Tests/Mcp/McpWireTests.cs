using System.Net;
using System.Text;

namespace Mgi.Api.Tests.Mcp;

/// <summary>
/// /mcp on the wire: the one place a request body is admitted (JSON-RPC POSTs, bounded in size),
/// behind the same rate limit and CORS as /v1, never stored or validated as a GET is.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class McpWireTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    const string ToolsList = """{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""";

    internal static HttpRequestMessage Post(string url, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
        return request;
    }

    [Theory]
    [InlineData("/v1/policies")]
    [InlineData("/v1/search?q=remittances")]
    [InlineData("/explore/policies")]
    [InlineData("/mcpx")]
    [InlineData("/")]
    public async Task A_request_body_anywhere_but_mcp_is_still_refused_as_read_only(string url)
    {
        using var response = await _http.SendAsync(Post(url, new StringContent(ToolsList, Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["body"], problem.ErrorNames());
        Assert.Equal("This API is read-only and takes no request body.", problem.Str("detail"));
    }

    [Fact]
    public async Task A_json_rpc_post_to_mcp_is_answered_and_neither_stored_nor_given_validators()
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await _http.SendAsync(Post("/mcp", new StringContent(ToolsList, Encoding.UTF8, "application/json")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"get_finding\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Null(response.Headers.ETag);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Single(response.Headers.GetValues("X-Request-Id"));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_get_of_mcp_is_a_405_problem_naming_post()
    {
        var problem = await _http.Problem("/mcp", 405);
        Assert.Equal(["method"], problem.ErrorNames());
        Assert.Contains("answers POST", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_page_on_any_origin_may_post_to_mcp_and_still_only_get_v1()
    {
        async Task<HttpResponseMessage> Preflight(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, url);
            request.Headers.Add("Origin", "https://agent.example");
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,mcp-protocol-version");
            return await _http.SendAsync(request);
        }
        using var mcp = await Preflight("/mcp");
        Assert.Equal("*", mcp.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", mcp.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("mcp-protocol-version", mcp.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        using var v1 = await Preflight("/v1/policies");
        Assert.False(v1.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Single().Contains("POST", StringComparison.Ordinal));
    }
}

/// <summary>
/// The size bound of an MCP message, on real Kestrel: a body sent in chunks is counted as the server
/// reads it (the in-memory test server does not count).
/// </summary>
public sealed class McpBodyLimitTests : IDisposable
{
    readonly ApiFactory _api = new();
    readonly HttpClient http;

    public McpBodyLimitTests() => http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_api.StartOnLoopback()}") };

    public void Dispose()
    {
        http.Dispose();
        _api.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_mcp_message_over_16_KiB_is_a_413_problem_naming_the_body(bool lengthDeclared)
    {
        var message = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"q\":\"" + new string('a', 17_000) + "\"}}}";
        HttpContent content = lengthDeclared
            ? new StringContent(message, Encoding.UTF8, "application/json")
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(message))); // no length: sent in chunks
        content.Headers.ContentType = new("application/json");
        using var request = McpWireTests.Post("/mcp", content);
        if (!lengthDeclared) request.Headers.TransferEncodingChunked = true;
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["body"], problem.ErrorNames());
        Assert.Equal("A Model Context Protocol message is at most 16384 bytes; this one is longer.", problem.Str("detail"));
    }

}

/// <summary>/mcp is behind the same per-client rate limit as /v1.</summary>
public sealed class McpRateLimitTests
{
    sealed class LowLimitServer() : ApiFactory(new()
    {
        ["Mgi:Http:RateLimit:TokenLimit"] = "4",
        ["Mgi:Http:RateLimit:TokensPerPeriod"] = "1",
        ["Mgi:Http:RateLimit:ReplenishmentPeriodSeconds"] = "3600",
    });

    [Fact]
    public async Task Tool_calls_over_the_rate_limit_get_429_with_retry_after()
    {
        using var api = new LowLimitServer();
        await using var client = await McpConnection.Connect(api);
        var refused = await Assert.ThrowsAnyAsync<HttpRequestException>(async () =>
        {
            for (var i = 0; i < 6; i++) await client.Call("get_finding", """{"id":"MEX-2022-4.2-04"}""");
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        using var http = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, McpConnection.Path)
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(["rate"], JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ErrorNames());
    }
}
