using System.Net;

namespace Mgi.Api.Tests.Analysts;

/// <summary>
/// /v1/catalog: a DCAT-AP 3 catalogue in JSON-LD that a harvester can read: it expands to RDF with
/// the DCAT classes and properties, its URLs are on the public host, and every file it names answers
/// with the media type it declares.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class CatalogTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();
    const string Host = "data.example.org";

    async Task<(HttpResponseMessage Response, string Body)> Catalog()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/catalog");
        request.Headers.Host = Host;
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_catalogue_is_json_ld_on_the_public_host_and_cacheable_like_every_get()
    {
        var (response, body) = await Catalog();
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
            Assert.NotNull(response.Headers.ETag);
            Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
        }
        var catalog = JsonDocument.Parse(body).RootElement;
        Assert.Equal("dcat:Catalog", catalog.Str("@type"));
        Assert.Equal($"http://{Host}/v1/catalog", catalog.Str("@id"));
        var urls = Ids(catalog).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls.Where(u => u.Contains("/v1", StringComparison.Ordinal)), u => Assert.StartsWith($"http://{Host}/", u, StringComparison.Ordinal));

        var dataset = Assert.Single(catalog.GetProperty("dcat:dataset").EnumerateArray());
        Assert.Equal("MEX-2022", dataset.Str("dct:identifier"));
        Assert.Equal("https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode", dataset.GetProperty("dct:license").Str("@id"));
        Assert.Equal("http://publications.europa.eu/resource/authority/country/MEX", dataset.GetProperty("dct:spatial").Str("@id"));
        Assert.Equal("International Organization for Migration (IOM), 2023. Migration Governance Indicators Profile 2022 – Mexico. IOM, Geneva.",
            dataset.Str("dct:bibliographicCitation"));
        Assert.Equal("2023", dataset.GetProperty("dct:issued").Str("@value"));
        Assert.Equal("International Organization for Migration (IOM)", dataset.GetProperty("dct:publisher").Str("foaf:name"));
        var service = Assert.Single(catalog.GetProperty("dcat:service").EnumerateArray());
        Assert.Equal($"http://{Host}/openapi/v1.json", service.GetProperty("dcat:endpointDescription").Str("@id"));
    }

    [Fact]
    public async Task Every_file_the_catalogue_names_answers_200_with_its_declared_media_type()
    {
        var (response, body) = await Catalog();
        response.Dispose();
        var distributions = JsonDocument.Parse(body).RootElement.GetProperty("dcat:dataset").EnumerateArray()
            .SelectMany(d => d.GetProperty("dcat:distribution").EnumerateArray()).ToList();
        Assert.True(distributions.Count >= 11, $"{distributions.Count} distributions");
        foreach (var distribution in distributions)
        {
            var url = new Uri(distribution.GetProperty("dcat:downloadURL").Str("@id"));
            var mediaType = distribution.GetProperty("dcat:mediaType").Str("@id").Replace("https://www.iana.org/assignments/media-types/", "", StringComparison.Ordinal);
            using var request = new HttpRequestMessage(HttpMethod.Get, url.PathAndQuery);
            request.Headers.Host = url.Host;
            request.Headers.Accept.ParseAdd(mediaType);
            using var file = await _client.SendAsync(request);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{url}: {(int)file.StatusCode}");
            Assert.Equal(mediaType, file.Content.Headers.ContentType!.MediaType);
            if (distribution.TryGetProperty("dcat:byteSize", out var size))
                Assert.Equal(long.Parse(size.Str("@value"), System.Globalization.CultureInfo.InvariantCulture), (await file.Content.ReadAsByteArrayAsync()).LongLength);
        }
    }

    static IEnumerable<string> Ids(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "@id") yield return property.Value.GetString()!;
                    else foreach (var id in Ids(property.Value)) yield return id;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var id in Ids(item)) yield return id;
                break;
        }
    }
}
