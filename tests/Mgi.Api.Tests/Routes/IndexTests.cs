using System.Net;
using System.Net.Http.Headers;

namespace Mgi.Api.Tests.Routes;

/// <summary>GET / and GET /v1: the index of links an API client starts from.</summary>
[Collection(SharedServer.Name)]
public sealed class IndexTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/v1")]
    public async Task The_index_names_the_service_and_the_data_set_version_it_serves(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("MGI Open Data API", index.Str("title"));
        Assert.Equal((await _client.Json("/v1/meta")).Str("datasetVersion"), index.Str("datasetVersion"));
        Assert.Equal(response.Headers.GetValues("X-Dataset-Version").Single(), index.Str("datasetVersion"));
    }

    [Fact]
    public async Task The_root_and_v1_answer_the_same_index()
    {
        Assert.Equal((await _client.Json("/v1")).GetRawText(), (await _client.Json("/")).GetRawText());
    }

    [Fact]
    public async Task Every_link_of_the_index_answers_200()
    {
        var index = await _client.Json("/v1");
        var links = index.GetProperty("links").EnumerateObject().Select(l => (l.Name, Url: l.Value.GetString()!))
            .Concat(index.GetProperty("lists").EnumerateObject().Select(l => (l.Name, Url: l.Value.GetString()!)))
            .ToList();
        Assert.Contains(links, l => l.Name == "openApi" && l.Url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Name == "swaggerUi" && l.Url.EndsWith("/swagger", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Name == "catalog" && l.Url.EndsWith("/v1/catalog", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Name == "explorer" && l.Url.EndsWith("/explore", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Name == "mcp" && l.Url.EndsWith("/mcp", StringComparison.Ordinal));
        foreach (var (name, url) in links.Where(l => l.Name != "mcp"))
        {
            Assert.StartsWith(_client.BaseAddress!.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal);
            // The search link is an RFC 6570 template: {?q} is filled in.
            var filled = url.Replace("{?q}", "?q=migration", StringComparison.Ordinal);
            using var response = await _client.GetAsync(filled);
            // Swagger UI's root redirects to its page.
            var status = response.StatusCode == HttpStatusCode.MovedPermanently
                ? (await _client.GetAsync(new Uri(new Uri(filled), response.Headers.Location!))).StatusCode
                : response.StatusCode;
            Assert.True(status == HttpStatusCode.OK, $"{name}: GET {filled} answered {(int)status}");
        }
        // The MCP endpoint takes JSON-RPC POSTs: it lists its tools.
        using var tools = new HttpRequestMessage(HttpMethod.Post, links.Single(l => l.Name == "mcp").Url)
        {
            Content = new StringContent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        tools.Headers.Add("Accept", "application/json, text/event-stream");
        using var listed = await _client.SendAsync(tools);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("get_finding", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_lists_every_list_route_that_meta_counts()
    {
        var lists = (await _client.Json("/v1")).GetProperty("lists").EnumerateObject().Select(l => l.Name).ToHashSet();
        var counted = (await _client.Json("/v1/meta")).GetProperty("counts").EnumerateObject().Select(c => c.Name).ToHashSet();
        // Ratifications are counted but listed per jurisdiction (/v1/jurisdictions/{code}/ratifications).
        counted.Remove("ratifications");
        Assert.Equal(counted, lists);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/v1")]
    public async Task The_index_is_cached_and_revalidated_as_the_rest_of_v1(string url)
    {
        using var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.StartsWith("public, max-age=", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Accept", first.Headers.Vary);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
    }

    [Fact]
    public async Task The_index_takes_no_query_parameter()
    {
        var problem = await _client.Problem("/v1?page=1", 400);
        Assert.Equal(["page"], problem.ErrorNames());
    }

    [Fact]
    public void The_index_is_in_the_contract_as_an_operation_of_meta()
    {
        var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json"))).RootElement;
        var get = contract.GetProperty("paths").GetProperty("/v1").GetProperty("get");
        Assert.Equal("GetIndex", get.Str("operationId"));
        Assert.Equal("#/components/schemas/ApiIndex", get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").Str("$ref"));
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
    }

    [Fact]
    public async Task An_api_client_asking_for_json_only_gets_the_index_at_the_root()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
