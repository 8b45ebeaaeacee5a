using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Mgi.Api.Tests.Build;

namespace Mgi.Api.Tests.Http;

/// <summary>ETags, 304, Cache-Control, HEAD and compression on every GET.</summary>
[Collection(SharedServer.Name)]
public sealed class CachingTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/v1/policies?dimension=2")]
    [InlineData("/v1/jurisdictions/MEX")]
    [InlineData("/v1/meta")]
    [InlineData("/openapi/v1.json")]
    public async Task A_get_carries_a_strong_etag_and_public_caching_and_revalidates_to_304(string url)
    {
        using var first = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[0-9a-f]{16}-[0-9a-f]{16}\"$", etag.Tag);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal("public, max-age=300", second.Headers.CacheControl!.ToString());
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_if_none_match_naming_another_etag_gets_the_full_response()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/dimensions/1");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000-0000000000000000\""));
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("migrants-rights", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Different_representations_have_different_etags()
    {
        using var a = await _client.GetAsync("/v1/dimensions/1");
        using var b = await _client.GetAsync("/v1/dimensions/2");
        using var c = await _client.GetAsync("/v1/policies?pageSize=2");
        Assert.Equal(3, new[] { a.Headers.ETag, b.Headers.ETag, c.Headers.ETag }.Distinct().Count());
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        using var response = await _client.GetAsync("/v1/policies/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Theory]
    [InlineData("/v1/sources?profile=MEX-2022")]
    [InlineData("/v1/profiles/MEX-2022")]
    public async Task Head_answers_the_headers_of_get_without_a_body(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Json_is_compressed_by_accept_encoding_with_an_etag_of_its_own(string coding)
    {
        const string url = "/v1/policies?pageSize=100";
        var plain = await _client.GetAsync(url);
        var identity = await plain.Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var compressed = await _client.SendAsync(request);
        Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < identity.Length / 2, $"{coding}: {bytes.Length} bytes of {identity.Length}");
        using var decoder = coding == "br"
            ? (Stream)new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(identity, decoded.ToArray());

        var etag = compressed.Headers.ETag!.Tag;
        Assert.NotEqual(plain.Headers.ETag!.Tag, etag); // a strong validator differs between codings
        Assert.StartsWith(plain.Headers.ETag!.Tag[..18], etag, StringComparison.Ordinal); // same data-set version
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        using var revalidated = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag!.Tag);
        plain.Dispose();
    }
}

/// <summary>The ETag follows the data: a changed source gives a new data-set version and new ETags.</summary>
public sealed class EtagFollowsDataTests : IDisposable
{
    readonly SourceCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public async Task Etags_change_when_the_data_changes()
    {
        var before = await Validators();
        _copy.Edit("profiles/MEX-2022.json", p => p["policies"]![0]!["title"] = "Right to health care for everyone in Mexico");
        var after = await Validators();
        Assert.NotEqual(before.Version, after.Version);
        Assert.NotEqual(before.Policy, after.Policy);
        Assert.NotEqual(before.Dimension, after.Dimension); // same body, new data set: a new validator all the same
    }

    async Task<(string Version, string Policy, string Dimension)> Validators()
    {
        using var server = new CopyServer(_copy);
        var client = server.CreateClient();
        using var policy = await client.GetAsync("/v1/policies/MEX-2022-1.2-01");
        using var dimension = await client.GetAsync("/v1/dimensions/1");
        return (policy.Headers.GetValues("X-Dataset-Version").Single(), policy.Headers.ETag!.Tag, dimension.Headers.ETag!.Tag);
    }

    sealed class CopyServer(SourceCopy copy) : ApiFactory(new()
    {
        ["Mgi:DataDirectory"] = copy.Data,
        ["Mgi:DatabasePath"] = Path.Combine(copy.Folder, $"mgi-{Guid.NewGuid():N}.sqlite"),
    });
}
