using System.Text.Json;
using System.Text.Json.Nodes;
using Mgi.Api.Features.Jurisdictions;

namespace Mgi.Api.Features.Explorer.ProfileGlance;

/// <summary>
/// A profile as a schema.org Dataset in JSON-LD, for dataset search engines: name, description,
/// url, identifier, licence, creator and publisher, spatial and temporal coverage, keywords, free
/// access, the downloads as DataDownloads, and the citation. Written with the default encoder, which
/// escapes &lt; and &gt;, so it cannot close the script element that carries it.
/// </summary>
public static class DatasetJsonLd
{
    public static string For(Profiles.Profile profile, Jurisdiction? place, string baseUrl, string datasetVersion)
    {
        string Url(string path) => baseUrl + path;
        var id = Uri.EscapeDataString(profile.Id);
        var dataset = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["name"] = profile.Title,
            ["description"] = $"The findings (examples of well-developed areas and areas with potential for further development) of the {profile.Title}, " +
                "with its ratification table, COVID-19 answers, notes and key sources, verbatim, as open data.",
            ["url"] = Url($"/explore/profiles/{id}"),
            ["identifier"] = profile.Id,
            ["creator"] = Organization(profile.Publisher),
            ["publisher"] = Organization(profile.Publisher),
            ["spatialCoverage"] = new JsonObject { ["@type"] = "Place", ["name"] = place?.Name ?? profile.JurisdictionCode, ["identifier"] = profile.JurisdictionCode },
            ["temporalCoverage"] = profile.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["keywords"] = new JsonArray([.. Keywords(place).Select(k => (JsonNode)k)]),
            ["isAccessibleForFree"] = true,
            ["version"] = datasetVersion,
            ["distribution"] = new JsonArray(
                Download("The whole data set as a SQLite database", Url("/v1/downloads/mgi.sqlite"), "application/vnd.sqlite3"),
                Download("The whole data set as a Frictionless Data Package (datapackage.json and CSVs)", Url("/v1/downloads/datapackage.zip"), "application/zip"),
                Download("This profile's findings as CSV", Url($"/v1/policies?profile={id}&format=csv"), "text/csv"),
                Download("This profile's summary as JSON", Url($"/v1/profiles/{id}/summary"), "application/json")),
        };
        if (profile.License is { } license) dataset["license"] = license.Url;
        if (profile.Citation is { } citation) dataset["citation"] = citation;
        if (profile.ResearchPartner is { } partner) dataset["contributor"] = Organization(partner);
        if (profile.Isbn is { } isbn) dataset["isbn"] = isbn;
        return dataset.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    static IEnumerable<string> Keywords(Jurisdiction? place)
    {
        yield return "migration";
        yield return "migration governance";
        yield return "Migration Governance Indicators";
        if (place is not null) yield return place.Name;
    }

    static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    static JsonObject Download(string name, string url, string format) =>
        new() { ["@type"] = "DataDownload", ["name"] = name, ["contentUrl"] = url, ["encodingFormat"] = format };
}
