using System.Net;
using System.Net.Http.Headers;
using Mgi.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Http;

/// <summary>
/// Repeated GETs are replayed from the response store: byte for byte and header for header what the
/// pipeline sent the first time, per URL, host, media type and content coding; never an error.
/// </summary>
public sealed class ResponseStoreTests(ResponseStoreTests.SmallStoreServer api) : IClassFixture<ResponseStoreTests.SmallStoreServer>
{
    /// <summary>A 1 MiB store, so that its limit on one entry (64 KiB) is within reach of real responses.</summary>
    public sealed class SmallStoreServer() : ApiFactory(new() { ["Mgi:Http:ResponseStoreMegabytes"] = "1" });

    readonly HttpClient _client = api.CreateClient();
    ResponseStore Store => api.Services.GetRequiredService<ResponseStore>();

    /// <summary>Headers that differ per request by design, and framing: a streamed CSV goes out chunked, its replay with a length.</summary>
    static readonly string[] PerRequest = ["X-Request-Id", "Date", "Content-Length"];

    static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !PerRequest.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);

    async Task<HttpResponseMessage> SendAsync(string url, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        configure?.Invoke(request);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/v1/jurisdictions/MEX")]
    [InlineData("/v1/policies?dimension=2&pageSize=3")]
    [InlineData("/v1/policies?format=csv&dimension=5")]
    [InlineData("/v1/search?q=%22labour%20migration%22")]
    public async Task A_repeated_get_is_replayed_with_the_same_bytes_and_headers_including_the_security_headers(string url)
    {
        using var first = await SendAsync(url);
        var hits = Store.Hits;
        using var second = await SendAsync(url);

        Assert.Equal(hits + 1, Store.Hits);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(body.Length, second.Content.Headers.ContentLength);
        Assert.Equal(HeadersOf(first), HeadersOf(second));
        // What the middleware behind the store sets must be stored with the response, not lost.
        foreach (var header in new[] { "ETag", "Cache-Control", "Vary", "X-Content-Type-Options", "Content-Security-Policy", "Cross-Origin-Resource-Policy", "X-Dataset-Version" })
            Assert.True(second.Headers.Contains(header), $"{url}: {header} missing on the replayed response");
        // And what is per request is not: each response has its own id.
        Assert.NotEqual(first.Headers.GetValues("X-Request-Id").Single(), second.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task A_stored_response_answers_if_none_match_with_304_and_head_without_a_body()
    {
        const string url = "/v1/conventions?pageSize=4";
        using var get = await SendAsync(url);
        var hits = Store.Hits;

        using var notModified = await SendAsync(url, r => r.Headers.IfNoneMatch.Add(get.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(get.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal("public, max-age=300", notModified.Headers.CacheControl!.ToString());
        Assert.Null(notModified.Content.Headers.ContentType);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var head = await SendAsync(url, method: HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        Assert.Equal(hits + 2, Store.Hits);
    }

    [Fact]
    public async Task Each_content_coding_and_media_type_is_stored_and_replayed_apart()
    {
        const string url = "/v1/footnotes?profile=MEX-2022&pageSize=20";
        var codings = new[] { "br", "gzip", "identity" };
        var etags = new List<EntityTagHeaderValue>();
        foreach (var coding in codings.Concat(codings)) // the second pass is served from the store
        {
            using var response = await SendAsync(url, r => r.Headers.AcceptEncoding.ParseAdd(coding));
            Assert.Equal(coding == "identity" ? [] : [coding], response.Content.Headers.ContentEncoding.ToArray());
            etags.Add(response.Headers.ETag!);
        }
        Assert.Equal(etags.Take(3), etags.Skip(3));
        Assert.Equal(3, etags.Distinct().Count());

        using var json = await SendAsync("/v1/sources?pageSize=2");
        using var csv = await SendAsync("/v1/sources?pageSize=2", r => r.Headers.Accept.ParseAdd("text/csv"));
        using var jsonAgain = await SendAsync("/v1/sources?pageSize=2");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", jsonAgain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await json.Content.ReadAsStringAsync(), await jsonAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Links_are_stored_per_host()
    {
        const string url = "/v1/policies?pageSize=5&page=2";
        foreach (var host in new[] { "a.example", "b.example", "a.example", "b.example" })
        {
            using var response = await SendAsync(url, r => r.Headers.Host = host);
            Assert.StartsWith($"<http://{host}/v1/policies?", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cross_origin_get_answered_from_the_store_carries_the_cors_headers()
    {
        const string url = "/v1/dimensions/3";
        using var plain = await SendAsync(url);
        Assert.False(plain.Headers.Contains("Access-Control-Allow-Origin"));
        var hits = Store.Hits;

        using var crossOrigin = await SendAsync(url, r => r.Headers.Add("Origin", "https://analyst.example"));
        Assert.Equal(hits + 1, Store.Hits);
        Assert.Equal("*", crossOrigin.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", crossOrigin.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);

        using var plainAgain = await SendAsync(url);
        Assert.False(plainAgain.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/v1/policies/MEX-2022-9.9-99")]
    [InlineData("/v1/policies?dimension=9")]
    [InlineData("/v1/downloads/datapackage.zip")]
    [InlineData("/health/ready")]
    public async Task Errors_downloads_and_health_are_never_replayed(string url)
    {
        using var first = await SendAsync(url);
        var hits = Store.Hits;
        using var second = await SendAsync(url);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(hits, Store.Hits);
    }

    [Fact]
    public async Task A_response_over_the_entry_limit_is_sent_whole_but_not_stored()
    {
        // 68 findings in full: about 86 KB of JSON, over this store's 64 KiB limit per entry.
        const string url = "/v1/policies?pageSize=500";
        Assert.True(Store.MaxEntryBytes < 86_000);
        using var first = await SendAsync(url);
        var body = await first.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > Store.MaxEntryBytes, $"the response is {body.Length} bytes");
        Assert.Equal(68, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength());

        var hits = Store.Hits;
        using var second = await SendAsync(url);
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(hits, Store.Hits);
    }
}

/// <summary><c>Mgi:Http:ResponseStoreMegabytes=0</c> turns the store off: every request is computed, with the same headers.</summary>
public sealed class ResponseStoreOffTests(ResponseStoreOffTests.StoreOffServer api) : IClassFixture<ResponseStoreOffTests.StoreOffServer>
{
    public sealed class StoreOffServer() : ApiFactory(new() { ["Mgi:Http:ResponseStoreMegabytes"] = "0" });

    [Fact]
    public async Task Repeated_gets_are_computed_each_time_and_still_revalidate()
    {
        var client = api.CreateClient();
        using var first = await client.GetAsync("/v1/jurisdictions/MEX");
        using var second = await client.GetAsync("/v1/jurisdictions/MEX");
        Assert.Equal(0, api.Services.GetRequiredService<ResponseStore>().Count);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/jurisdictions/MEX");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
