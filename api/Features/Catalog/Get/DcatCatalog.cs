using System.Globalization;
using System.Text.Json.Nodes;
using Mgi.Api.Contract;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Profiles;

namespace Mgi.Api.Features.Catalog.Get;

/// <summary>
/// The data set as a DCAT-AP 3 catalogue in JSON-LD (W3C DCAT 3 terms, prefixed; the context is
/// inline, so a processor needs no network): one dcat:Dataset per complete profile, its
/// distributions, and the API as a dcat:DataService. Vocabularies are the ones DCAT-AP names: EU
/// authority tables for country, language, file type and theme, IANA media types. It passes SEMIC's
/// DCAT-AP 3.0.1 SHACL shapes (tests/catalog/check.sh, run by CI): every object a shape gives a
/// class (landing pages, media types, places, themes…) is typed with it, and every value from an EU
/// table says its table (skos:inScheme), as the shapes check without loading the tables.
/// Recommended properties are stated where the data has them, never invented.
/// </summary>
internal sealed class DcatCatalog(
    string baseUrl,
    string builtAt,
    string datasetVersion,
    IReadOnlyList<Profile> completeProfiles,
    Func<string, Jurisdiction?> jurisdiction,
    IReadOnlyList<(string Name, string Path)> lists,
    long sqliteBytes,
    long packageBytes,
    CatalogPublisherOptions configuredPublisher)
{
    const string MediaTypes = "https://www.iana.org/assignments/media-types/";
    const string Authority = "http://publications.europa.eu/resource/authority/";
    const string Countries = Authority + "country";
    const string Languages = Authority + "language";
    const string FileTypes = Authority + "file-type";
    const string Themes = Authority + "data-theme";
    // "Population and society": the EU data theme of migration statistics.
    const string Theme = Themes + "/SOCI";
    const string CatalogueLanguage = "en"; // the language of the texts this catalogue writes itself

    static readonly string[] GeneralKeywords = ["migration", "migration governance", "Migration Governance Indicators"];

    /// <summary>
    /// The EU language table's code of an ISO 639-1 code, for the six UN official languages and
    /// Portuguese; another language is left unstated rather than guessed (the service runs with
    /// invariant globalization, so .NET's culture data is not at hand). Add a line for a new one.
    /// </summary>
    static readonly Dictionary<string, string> EuLanguageCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "ARA", ["en"] = "ENG", ["es"] = "SPA", ["fr"] = "FRA", ["pt"] = "POR", ["ru"] = "RUS", ["zh"] = "ZHO",
    };

    /// <summary>
    /// The catalogue's publisher: the one configured (Mgi:Catalog:Publisher), the organisation that
    /// runs the service. Unconfigured, the publisher of the data the catalogue lists (the profiles'
    /// own publisher, IOM for every profile today; with several, the one of most datasets): every
    /// dataset, title and citation in the catalogue is theirs, so naming them invents nothing, and the
    /// data gives no URL for them, so the default has none. Null only for a catalogue of no dataset.
    /// </summary>
    (string Name, string? Url)? Publisher =>
        !string.IsNullOrWhiteSpace(configuredPublisher.Name) ? (configuredPublisher.Name, NullIfEmpty(configuredPublisher.Url))
        : completeProfiles.GroupBy(p => p.Publisher).OrderByDescending(g => g.Count()).Select(g => ((string, string?)?)(g.Key, null)).FirstOrDefault();

    public JsonObject ToJsonLd() => new JsonObject
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
        ["dct:modified"] = Typed(builtAt, "xsd:dateTime"), // when the data set was built
        ["foaf:homepage"] = Document(Url(Http.ApiPaths.Swagger)),
        ["dct:language"] = new JsonArray([.. new[] { CatalogueLanguage }.Concat(completeProfiles.Select(p => p.Language)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(Language).OfType<JsonNode>()]),
        ["dct:spatial"] = new JsonArray([.. completeProfiles.Select(p => p.JurisdictionCode).Distinct(StringComparer.OrdinalIgnoreCase).Select(c => (JsonNode)Spatial(c))]),
        ["dcat:themeTaxonomy"] = new JsonObject { ["@id"] = Themes, ["@type"] = "skos:ConceptScheme", ["dct:title"] = English("Data theme") },
        ["dcat:dataset"] = new JsonArray([.. completeProfiles.Select(Dataset)]),
        ["dcat:service"] = new JsonArray(Service()),
    }.WithCatalogueLicense(completeProfiles).WithPublisher(Publisher);

    JsonObject Dataset(Profile profile)
    {
        var dataset = new JsonObject
        {
            ["@id"] = DatasetId(profile),
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = profile.Id,
            ["dct:title"] = Text(profile.Title, profile.Language),
            ["dct:description"] = English($"The findings (examples of well-developed areas and areas with potential for further development), ratification table, " +
                $"COVID-19 answers, notes and key sources of the {profile.Title}, verbatim, as open data."),
            ["dct:publisher"] = Agent(profile.Publisher),
            ["dct:spatial"] = Spatial(profile.JurisdictionCode),
            ["dcat:theme"] = ThemeConcept(),
            ["dcat:keyword"] = new JsonArray([.. Keywords(profile).Select(k => (JsonNode)English(k))]),
            ["dcat:landingPage"] = Document(profile.SourceUrl ?? ProfileUrl(profile)),
            // The assessment year (the year in the profile's title): the findings describe the
            // situation in that year ("As of July 2022"). The data gives no finer period.
            ["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = Typed(profile.Year.ToString(CultureInfo.InvariantCulture), "xsd:gYear"),
                ["dcat:endDate"] = Typed(profile.Year.ToString(CultureInfo.InvariantCulture), "xsd:gYear"),
            },
            ["dcat:version"] = datasetVersion,
            ["dcat:distribution"] = new JsonArray([.. Distributions(profile)]),
        };
        if (profile.ResearchPartner is { } partner) dataset["dct:contributor"] = Agent(partner);
        if (profile.PublishedYear is { } year) dataset["dct:issued"] = Typed(year.ToString(CultureInfo.InvariantCulture), "xsd:gYear");
        if (profile.License is { } license) dataset["dct:license"] = License(license);
        if (profile.Language is { } language && Language(language) is { } linguisticSystem) dataset["dct:language"] = linguisticSystem;
        if (profile.Citation is { } citation)
        {
            dataset["dct:bibliographicCitation"] = citation;
            dataset["dct:rights"] = new JsonObject { ["@type"] = "dct:RightsStatement", ["rdfs:label"] = citation };
        }
        return dataset;
    }

    IEnumerable<string> Keywords(Profile profile)
    {
        foreach (var keyword in GeneralKeywords) yield return keyword;
        if (jurisdiction(profile.JurisdictionCode) is { } place) yield return place.Name;
    }

    const string CsvRows = "RFC 4180 CSV, UTF-8 with a header row; a list in one cell joined with |; hxl=true adds a row of HXL hashtags under the header";

    IEnumerable<JsonObject> Distributions(Profile profile)
    {
        // The EU file-type table has no SQLite entry (its SQL is a script of statements, not a
        // database file): the media type says what the file is, and no dct:format is stated.
        yield return Distribution(Url(Downloads.Sqlite.Endpoint.Route), "The whole data set as a SQLite database",
            "Every table of the data set in one SQLite 3 file, with its keys, indexes and FTS5 full-text tables, for querying offline with any SQLite tool.",
            "application/vnd.sqlite3", null, sqliteBytes, profile.License);
        yield return Distribution(Url(Downloads.DataPackage.Endpoint.Route), "The whole data set as a Frictionless Data Package (datapackage.json and CSVs)",
            $"A ZIP archive of one CSV per table ({CsvRows}) and datapackage.json, which gives each field's type and HXL hashtag, the keys, the licences and the citations.",
            "application/zip", "ZIP", packageBytes, profile.License);
        foreach (var (name, path) in lists)
            yield return Distribution(Url(path + "?format=csv"), $"All {name} as CSV",
                $"Every record of {path} (all rows, not a page) as {CsvRows}; the list's filters apply as in JSON.",
                "text/csv", "CSV", null, profile.License);
    }

    static JsonObject Distribution(string url, string title, string description, string mediaType, string? euFileType, long? bytes, License? license)
    {
        var distribution = new JsonObject
        {
            ["@id"] = url,
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = English(title),
            ["dct:description"] = English(description),
            ["dcat:accessURL"] = Id(url),
            ["dcat:downloadURL"] = Id(url),
            ["dcat:mediaType"] = new JsonObject { ["@id"] = MediaTypes + mediaType, ["@type"] = "dct:MediaType" },
        };
        if (euFileType is not null) distribution["dct:format"] = Concept($"{FileTypes}/{euFileType}", FileTypes, "dct:MediaTypeOrExtent");
        if (bytes is { } size) distribution["dcat:byteSize"] = Typed(size.ToString(CultureInfo.InvariantCulture), "xsd:nonNegativeInteger");
        if (license is not null) distribution["dct:license"] = License(license);
        return distribution;
    }

    JsonObject Service()
    {
        var service = new JsonObject
        {
            ["@id"] = Url(Http.ApiPaths.V1),
            ["@type"] = "dcat:DataService",
            ["dct:title"] = English("MGI Open Data API"),
            // rdfs:Resource: the class DCAT-AP 3.0.1's ranges.ttl gives these two (any web resource).
            ["dcat:endpointURL"] = new JsonObject { ["@id"] = Url(Http.ApiPaths.V1), ["@type"] = "rdfs:Resource" },
            ["dcat:endpointDescription"] = new JsonObject { ["@id"] = Url(OpenApi.ContractPath), ["@type"] = "rdfs:Resource" },
            ["dcat:servesDataset"] = new JsonArray([.. completeProfiles.Select(p => (JsonNode)Id(DatasetId(p)))]),
            ["dcat:theme"] = ThemeConcept(),
            ["dcat:keyword"] = new JsonArray([.. GeneralKeywords.Select(k => (JsonNode)English(k))]),
        };
        return service.WithPublisher(Publisher);
    }

    /// <summary>A country by the EU authority table (ISO 3166-1 alpha-3 codes); a subnational unit as a location with its name and code.</summary>
    JsonObject Spatial(string code)
    {
        var place = jurisdiction(code);
        if (place?.Level == DataSet.JurisdictionLevel.National)
        {
            var country = Concept($"{Countries}/{code}", Countries, "dct:Location");
            country["skos:prefLabel"] = English(place.Name);
            return country;
        }
        return new JsonObject { ["@type"] = "dct:Location", ["dct:identifier"] = code, ["skos:prefLabel"] = English(place?.Name ?? code) };
    }

    static JsonObject? Language(string iso6391) =>
        EuLanguageCodes.TryGetValue(iso6391, out var code) ? Concept($"{Languages}/{code}", Languages, "dct:LinguisticSystem") : null;

    // A skos:Concept needs its label (DCAT-AP's ConceptShape): the EU table's English label of SOCI.
    static JsonObject ThemeConcept()
    {
        var theme = Concept(Theme, Themes, "skos:Concept");
        theme["skos:prefLabel"] = English("Population and society");
        return theme;
    }

    /// <summary>A value of an EU authority table: its URI, the class DCAT-AP gives it, and its table.</summary>
    static JsonObject Concept(string id, string scheme, string type) =>
        new() { ["@id"] = id, ["@type"] = type, ["skos:inScheme"] = Id(scheme) };

    internal static JsonObject License(License license) =>
        new() { ["@id"] = license.Url, ["@type"] = "dct:LicenseDocument", ["rdfs:label"] = license.Name };

    internal static JsonObject Agent(string name, string? homepage = null)
    {
        var agent = new JsonObject { ["@type"] = "foaf:Agent", ["foaf:name"] = name };
        if (homepage is not null) agent["foaf:homepage"] = Document(homepage);
        return agent;
    }

    static JsonObject Document(string url) => new() { ["@id"] = url, ["@type"] = "foaf:Document" };
    static JsonObject Id(string url) => new() { ["@id"] = url };
    static JsonObject English(string text) => new() { ["@value"] = text, ["@language"] = CatalogueLanguage };
    /// <summary>A text in its language where the data states it; otherwise a plain string.</summary>
    static JsonNode Text(string text, string? language) => language is null ? JsonValue.Create(text) : new JsonObject { ["@value"] = text, ["@language"] = language };
    static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };
    // The dataset is the thing its profile's document describes: a fragment of that document's URL,
    // so that the document (a landing page, a foaf:Document) and the dataset are not one resource.
    string DatasetId(Profile profile) => ProfileUrl(profile) + "#dataset";
    string ProfileUrl(Profile profile) => Url($"{Http.ApiPaths.V1}/profiles/{profile.Id}");
    string Url(string path) => baseUrl + path;
}

static class DcatNodes
{
    /// <summary>dct:publisher on a catalogue or service: the agent, with its home page where known.</summary>
    public static JsonObject WithPublisher(this JsonObject node, (string Name, string? Url)? publisher)
    {
        if (publisher is { } p) node["dct:publisher"] = DcatCatalog.Agent(p.Name, p.Url);
        return node;
    }

    /// <summary>
    /// The catalogue's licence: the one every listed dataset shares (the catalogue is their titles,
    /// descriptions and citations); none when they differ or there are none, rather than one of ours.
    /// </summary>
    public static JsonObject WithCatalogueLicense(this JsonObject catalog, IReadOnlyList<Profile> profiles)
    {
        var licenses = profiles.Select(p => p.License).ToList();
        if (licenses is [{ } first, ..] && licenses.All(l => l?.Url == first.Url)) catalog["dct:license"] = DcatCatalog.License(first);
        return catalog;
    }
}
