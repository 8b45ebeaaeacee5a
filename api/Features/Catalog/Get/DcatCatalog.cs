using System.Globalization;
using System.Text.Json.Nodes;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Profiles;

namespace Mgi.Api.Features.Catalog.Get;

/// <summary>
/// The data set as a DCAT-AP 3 catalogue in JSON-LD (W3C DCAT 3 terms, prefixed; the context is
/// inline, so a processor needs no network): one dcat:Dataset per complete profile, its
/// distributions, and the API as a dcat:DataService. Vocabularies are the ones DCAT-AP names: EU
/// authority tables for country and theme, IANA media types.
/// </summary>
internal sealed class DcatCatalog(
    string baseUrl,
    string builtAt,
    string datasetVersion,
    IReadOnlyList<Profile> completeProfiles,
    Func<string, Jurisdiction?> jurisdiction,
    IReadOnlyList<(string Name, string Path)> lists,
    long sqliteBytes,
    long packageBytes)
{
    const string MediaTypes = "https://www.iana.org/assignments/media-types/";
    const string Countries = "http://publications.europa.eu/resource/authority/country/";
    // "Population and society": the EU data theme of migration statistics.
    const string Theme = "http://publications.europa.eu/resource/authority/data-theme/SOCI";

    public JsonObject ToJsonLd() => new()
    {
        ["@context"] = new JsonObject
        {
            ["dcat"] = "http://www.w3.org/ns/dcat#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["foaf"] = "http://xmlns.com/foaf/0.1/",
            ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
            ["skos"] = "http://www.w3.org/2004/02/skos/core#",
            ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        },
        ["@id"] = Url(Get.Endpoint.Route),
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = English("MGI Open Data API"),
        ["dct:description"] = English("The Migration Governance Indicators (MGI) profiles of the International Organization for Migration (IOM) as open data: " +
            "findings, ratifications, COVID-19 answers, notes and key sources, verbatim, with the jurisdictions, dimensions, indicator areas and conventions they refer to."),
        ["dct:modified"] = Typed(builtAt, "xsd:dateTime"),
        ["foaf:homepage"] = Id(Url(Http.ApiPaths.Swagger)),
        ["dcat:dataset"] = new JsonArray([.. completeProfiles.Select(Dataset)]),
        ["dcat:service"] = new JsonArray(Service()),
    };

    JsonObject Dataset(Profile profile)
    {
        var dataset = new JsonObject
        {
            ["@id"] = DatasetId(profile),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = profile.Id,
            ["dct:title"] = English(profile.Title),
            ["dct:description"] = English($"The findings (examples of well-developed areas and areas with potential for further development), ratification table, " +
                $"COVID-19 answers, notes and key sources of the {profile.Title}, verbatim, as open data."),
            ["dct:publisher"] = Agent(profile.Publisher),
            ["dct:spatial"] = Spatial(profile.JurisdictionCode),
            ["dcat:theme"] = Id(Theme),
            ["dcat:keyword"] = new JsonArray([.. Keywords(profile).Select(k => (JsonNode)English(k))]),
            ["dcat:landingPage"] = Id(profile.SourceUrl ?? Url($"{Http.ApiPaths.V1}/profiles/{profile.Id}")),
            ["dcat:version"] = datasetVersion,
            ["dcat:distribution"] = new JsonArray([.. Distributions(profile)]),
        };
        if (profile.ResearchPartner is { } partner) dataset["dct:contributor"] = Agent(partner);
        if (profile.PublishedYear is { } year) dataset["dct:issued"] = Typed(year.ToString(CultureInfo.InvariantCulture), "xsd:gYear");
        if (profile.License is { } license) dataset["dct:license"] = License(license);
        if (profile.Citation is { } citation)
        {
            dataset["dct:bibliographicCitation"] = citation;
            dataset["dct:rights"] = new JsonObject { ["@type"] = "dct:RightsStatement", ["rdfs:label"] = citation };
        }
        return dataset;
    }

    IEnumerable<string> Keywords(Profile profile)
    {
        yield return "migration";
        yield return "migration governance";
        yield return "Migration Governance Indicators";
        if (jurisdiction(profile.JurisdictionCode) is { } place) yield return place.Name;
    }

    IEnumerable<JsonObject> Distributions(Profile profile)
    {
        yield return Distribution(Url(Downloads.Sqlite.Endpoint.Route), "The whole data set as a SQLite database", "application/vnd.sqlite3", sqliteBytes, profile.License);
        yield return Distribution(Url(Downloads.DataPackage.Endpoint.Route), "The whole data set as a Frictionless Data Package (datapackage.json and CSVs)", "application/zip", packageBytes, profile.License);
        foreach (var (name, path) in lists)
            yield return Distribution(Url(path + "?format=csv"), $"All {name} as CSV", "text/csv", null, profile.License);
    }

    static JsonObject Distribution(string url, string title, string mediaType, long? bytes, License? license)
    {
        var distribution = new JsonObject
        {
            ["@id"] = url,
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = English(title),
            ["dcat:accessURL"] = Id(url),
            ["dcat:downloadURL"] = Id(url),
            ["dcat:mediaType"] = Id(MediaTypes + mediaType),
        };
        if (bytes is { } size) distribution["dcat:byteSize"] = Typed(size.ToString(CultureInfo.InvariantCulture), "xsd:nonNegativeInteger");
        if (license is not null) distribution["dct:license"] = License(license);
        return distribution;
    }

    JsonObject Service() => new()
    {
        ["@id"] = Url(Http.ApiPaths.V1),
        ["@type"] = "dcat:DataService",
        ["dct:title"] = English("MGI Open Data API"),
        ["dcat:endpointURL"] = Id(Url(Http.ApiPaths.V1)),
        ["dcat:endpointDescription"] = Id(Url("/openapi/v1.json")),
        ["dcat:servesDataset"] = new JsonArray([.. completeProfiles.Select(p => (JsonNode)Id(DatasetId(p)))]),
    };

    /// <summary>A country by the EU authority table (ISO 3166-1 alpha-3 codes); a subnational unit as a location with its name and code.</summary>
    JsonObject Spatial(string code)
    {
        var place = jurisdiction(code);
        if (place?.Level == DataSet.Catalogue.National)
            return new JsonObject { ["@id"] = Countries + code, ["skos:prefLabel"] = English(place.Name) };
        return new JsonObject { ["@type"] = "dct:Location", ["dct:identifier"] = code, ["skos:prefLabel"] = English(place?.Name ?? code) };
    }

    static JsonObject License(License license) =>
        new() { ["@id"] = license.Url, ["@type"] = "dct:LicenseDocument", ["rdfs:label"] = license.Name };

    static JsonObject Agent(string name) => new() { ["@type"] = "foaf:Agent", ["foaf:name"] = name };
    static JsonObject Id(string url) => new() { ["@id"] = url };
    static JsonObject English(string text) => new() { ["@value"] = text, ["@language"] = "en" };
    static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };
    string DatasetId(Profile profile) => Url($"{Http.ApiPaths.V1}/profiles/{profile.Id}");
    string Url(string path) => baseUrl + path;
}
