using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Analysts;

/// <summary>
/// /v1/catalog: a DCAT-AP 3 catalogue in JSON-LD that a harvester can read: its URLs are on the public
/// host, every file it names answers with the media type it declares, and it states the properties
/// DCAT-AP asks for from the data (publisher, formats, temporal coverage, language, licence). Its
/// reading as RDF and SEMIC's SHACL shapes need Node: tests/catalog/check.sh, run by .ci/run.
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
    public async Task Unconfigured_the_publisher_is_the_datas_own_with_no_invented_url()
    {
        var (response, body) = await Catalog();
        response.Dispose();
        var catalog = JsonDocument.Parse(body).RootElement;
        var profilePublisher = (await _client.Json("/v1/profiles/MEX-2022")).Str("publisher");
        foreach (var node in new[] { catalog, catalog.GetProperty("dcat:service")[0] })
        {
            var publisher = node.GetProperty("dct:publisher");
            Assert.Equal("foaf:Agent", publisher.Str("@type"));
            Assert.Equal(profilePublisher, publisher.Str("foaf:name"));
            Assert.False(publisher.TryGetProperty("foaf:homepage", out _));
            Assert.False(publisher.TryGetProperty("@id", out _));
        }
    }

    [Fact]
    public async Task The_catalogue_states_language_licence_build_time_coverage_and_theme_from_the_data()
    {
        var (response, body) = await Catalog();
        response.Dispose();
        var catalog = JsonDocument.Parse(body).RootElement;
        var meta = await _client.Json("/v1/meta");
        var profile = await _client.Json("/v1/profiles/MEX-2022");
        Assert.Equal(meta.Str("builtAt"), catalog.GetProperty("dct:modified").Str("@value"));
        Assert.Equal(profile.GetProperty("license").Str("url"), catalog.GetProperty("dct:license").Str("@id"));
        Assert.Equal("dct:LicenseDocument", catalog.GetProperty("dct:license").Str("@type"));
        var language = Assert.Single(catalog.GetProperty("dct:language").EnumerateArray()); // the profile's "en", and the catalogue's own texts
        Assert.Equal("en", profile.Str("language"));
        Assert.Equal("http://publications.europa.eu/resource/authority/language/ENG", language.Str("@id"));
        Assert.Equal("http://publications.europa.eu/resource/authority/language", language.GetProperty("skos:inScheme").Str("@id"));
        Assert.Equal("http://publications.europa.eu/resource/authority/country/MEX", Assert.Single(catalog.GetProperty("dct:spatial").EnumerateArray()).Str("@id"));
        Assert.Equal("http://publications.europa.eu/resource/authority/data-theme", catalog.GetProperty("dcat:themeTaxonomy").Str("@id"));
        Assert.Equal("foaf:Document", catalog.GetProperty("foaf:homepage").Str("@type"));

        var dataset = catalog.GetProperty("dcat:dataset")[0];
        Assert.Equal($"http://{Host}/v1/profiles/MEX-2022#dataset", dataset.Str("@id"));
        var period = dataset.GetProperty("dct:temporal"); // the profile's assessment year, as the data gives it
        Assert.Equal(profile.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), period.GetProperty("dcat:startDate").Str("@value"));
        Assert.Equal("2022", period.GetProperty("dcat:endDate").Str("@value"));
        Assert.Equal("xsd:gYear", period.GetProperty("dcat:startDate").Str("@type"));
        var landingPage = dataset.GetProperty("dcat:landingPage"); // the source gives no URL for the publication: the profile's own document
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("sourceUrl").ValueKind);
        Assert.Equal($"http://{Host}/v1/profiles/MEX-2022", landingPage.Str("@id"));
        Assert.Equal("foaf:Document", landingPage.Str("@type"));
        Assert.Equal("http://publications.europa.eu/resource/authority/language/ENG", dataset.GetProperty("dct:language").Str("@id"));
    }

    [Fact]
    public async Task Every_distribution_has_a_description_and_the_eu_file_type_where_the_table_has_one()
    {
        var (response, body) = await Catalog();
        response.Dispose();
        const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";
        var distributions = JsonDocument.Parse(body).RootElement.GetProperty("dcat:dataset")[0].GetProperty("dcat:distribution").EnumerateArray().ToList();
        var lists = api.Services.GetRequiredService<Mgi.Api.ReadModel.Resources>().All.Count(r => r.ListPath is not null);
        Assert.Equal(lists + 2, distributions.Count); // the SQLite file, the data package, each list's CSV
        foreach (var distribution in distributions)
        {
            var url = distribution.Str("@id");
            Assert.False(string.IsNullOrWhiteSpace(distribution.GetProperty("dct:description").Str("@value")), url);
            Assert.Equal("dct:MediaType", distribution.GetProperty("dcat:mediaType").Str("@type"));
            var expected = url.EndsWith("?format=csv", StringComparison.Ordinal) ? "CSV" : url.EndsWith("datapackage.zip", StringComparison.Ordinal) ? "ZIP" : null;
            if (expected is null)
            {
                Assert.EndsWith("/mgi.sqlite", url, StringComparison.Ordinal); // the EU table has no SQLite type: no format rather than a wrong one
                Assert.False(distribution.TryGetProperty("dct:format", out _));
                continue;
            }
            var format = distribution.GetProperty("dct:format");
            Assert.Equal(FileTypes + expected, format.Str("@id"));
            Assert.Equal("dct:MediaTypeOrExtent", format.Str("@type"));
        }
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

/// <summary>The catalogue's publisher as whoever runs the service configures it.</summary>
public sealed class CatalogPublisherTests
{
    sealed class PublisherServer(string? name, string? url) : ApiFactory(new()
    {
        ["Mgi:Catalog:Publisher:Name"] = name,
        ["Mgi:Catalog:Publisher:Url"] = url,
    });

    [Fact]
    public async Task A_configured_publisher_is_the_catalogues_and_the_services_with_its_home_page_the_datasets_keep_their_own()
    {
        using var api = new PublisherServer("Example Data Office", "https://data.example.org/about");
        using var client = api.CreateClient();
        var catalog = await client.Json("/v1/catalog");
        foreach (var node in new[] { catalog, catalog.GetProperty("dcat:service")[0] })
        {
            var publisher = node.GetProperty("dct:publisher");
            Assert.Equal("Example Data Office", publisher.Str("foaf:name"));
            Assert.Equal("https://data.example.org/about", publisher.GetProperty("foaf:homepage").Str("@id"));
            Assert.Equal("foaf:Document", publisher.GetProperty("foaf:homepage").Str("@type"));
        }
        var profilePublisher = (await client.Json("/v1/profiles/MEX-2022")).Str("publisher");
        Assert.Equal(profilePublisher, catalog.GetProperty("dcat:dataset")[0].GetProperty("dct:publisher").Str("foaf:name"));
    }

    [Theory]
    [InlineData("Example Data Office", "data.example.org/about", "must be an absolute http or https URL")]
    [InlineData("Example Data Office", "ftp://data.example.org/", "must be an absolute http or https URL")]
    [InlineData(null, "https://data.example.org/", "a publisher needs a name")]
    public void A_publisher_url_that_is_not_absolute_http_or_has_no_name_is_refused_naming_the_key(string? name, string url, string reason)
    {
        var result = new Mgi.Api.Features.Catalog.CatalogOptionsValidation().Validate(null,
            new Mgi.Api.Features.Catalog.CatalogOptions { Publisher = new() { Name = name, Url = url } });
        Assert.True(result.Failed);
        Assert.Contains("Mgi:Catalog:Publisher:Url", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Example Data Office", null)]
    [InlineData("Example Data Office", "https://data.example.org/")]
    public void A_name_alone_a_name_with_an_http_url_or_nothing_is_accepted(string? name, string? url) =>
        Assert.True(new Mgi.Api.Features.Catalog.CatalogOptionsValidation().Validate(null,
            new Mgi.Api.Features.Catalog.CatalogOptions { Publisher = new() { Name = name, Url = url } }).Succeeded);
}
