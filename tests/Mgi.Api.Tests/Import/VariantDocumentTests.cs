using System.Text.Json.Nodes;
using Mgi.Api.DataSet;

namespace Mgi.Api.Tests.Import;

/// <summary>
/// Documents derived from the seed that a second profile could look like (Documents/README.md):
/// each imports into a data set of the shared catalogues, builds once its curatorial fields are
/// filled, and is served: its findings answer at /v1/policies/{id}.
/// </summary>
public sealed class VariantDocumentTests : IDisposable
{
    readonly ImportedDataSet _set = new();
    static readonly Lazy<JsonObject> Curated = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "profiles", "MEX-2022.json")))!.AsObject());

    public void Dispose() => _set.Dispose();

    /// <summary>Import, fill, build, serve: the curator's steps. Answers the served finding and the profile file.</summary>
    async Task<(JsonElement Finding, JsonObject Profile, HttpClient Client, ImportedServer Server)> ImportBuildServe(string document, string id, string findingId)
    {
        Assert.True(_set.Import(ImportedDataSet.Document(document)) == 0, _set.Error);
        _set.FillCuratorialFields(id);
        using (var written = JsonDocument.Parse(File.ReadAllText(_set.ProfilePath(id))))
            Assert.True(Build.SchemaTests.Schema("profile.schema.json").Evaluate(written.RootElement).IsValid, $"{document}: the filled profile validates against data/schema/profile.schema.json");
        DatabaseBuild.Run(new DatabaseOptions { DataDirectory = _set.Data, DatabasePath = _set.DatabasePath });
        var server = new ImportedServer(_set.Data);
        var client = server.CreateClient();
        var finding = await client.Json($"/v1/policies/{findingId}");
        var profile = _set.Profile(id);
        var imported = profile["policies"]!.AsArray().Single(p => (string)p!["id"]! == findingId)!;
        Assert.Equal((string)imported["text"]!, finding.Str("text"));
        return (finding, profile, client, server);
    }

    static string CuratedText(string id) => (string)Curated.Value["policies"]!.AsArray().Single(p => (string)p!["id"]! == id)!["text"]!;

    static string CuratedNote(int number) => (string)Curated.Value["footnotes"]!.AsArray().Single(n => (string)n!["section"]! == "body" && (int)n["number"]! == number)!["text"]!;

    [Fact]
    public async Task A_dimension_without_further_development_paragraphs_has_only_well_developed_findings()
    {
        var (_, profile, client, server) = await ImportBuildServe("no-further-development.md", "MEX-2022", "MEX-2022-4.1-06");
        using (server)
        {
            Assert.Equal(0, (await client.Json("/v1/policies?profile=MEX-2022&dimension=4&assessment=further-development")).GetProperty("total").GetInt32());
            Assert.Equal(7, (await client.Json("/v1/policies?profile=MEX-2022&dimension=4")).GetProperty("total").GetInt32());
            // Its notes 43 and 44 went with it; the notes after them are two lower, and still linked to their paragraphs.
            var note = (await client.Json("/v1/policies/MEX-2022-5.2-01")).GetProperty("footnotes")[0];
            Assert.Equal(46, note.GetProperty("number").GetInt32());
            Assert.Equal(CuratedNote(48), note.GetProperty("text").GetString());
            Assert.Equal(CuratedText("MEX-2022-5.2-01"), (await client.Json("/v1/policies/MEX-2022-5.2-01")).Str("text"));
            Assert.Equal(62, profile["policies"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task A_profile_without_a_covid_module_has_no_answers_and_no_covid_notes()
    {
        var (_, profile, client, server) = await ImportBuildServe("no-covid-module.md", "MEX-2022", "MEX-2022-6.2-04");
        using (server)
        {
            Assert.Equal(0, (await client.Json("/v1/covid-responses?profile=MEX-2022")).GetProperty("total").GetInt32());
            Assert.Null((string?)profile["covidIntroduction"]);
            Assert.DoesNotContain(profile["footnotes"]!.AsArray(), n => (string)n!["section"]! == "covid");
            Assert.Equal(CuratedText("MEX-2022-6.2-04"), (await client.Json("/v1/policies/MEX-2022-6.2-04")).Str("text"));
        }
    }

    [Fact]
    public async Task Notes_numbered_from_another_start_are_linked_by_their_own_numbers()
    {
        var (finding, _, _, server) = await ImportBuildServe("notes-from-101.md", "MEX-2022", "MEX-2022-1.2-01");
        using (server)
        {
            var note = finding.GetProperty("footnotes")[0];
            Assert.Equal(113, note.GetProperty("number").GetInt32());
            Assert.Equal(CuratedNote(13), note.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Paragraphs_split_by_page_breaks_in_new_places_are_joined_back()
    {
        var (finding, profile, client, server) = await ImportBuildServe("page-breaks-elsewhere.md", "MEX-2022", "MEX-2022-1.2-05");
        using (server)
        {
            Assert.Equal(CuratedText("MEX-2022-1.2-05"), finding.Str("text"));
            // Split after "its Mexican", the rest opening in capitals on the next page: "Foreign Support Mechanism".
            Assert.Equal(CuratedText("MEX-2022-6.1-08"), (await client.Json("/v1/policies/MEX-2022-6.1-08")).Str("text"));
            Assert.Equal(Curated.Value["policies"]!.AsArray().Select(p => (string)p!["text"]!), profile["policies"]!.AsArray().Select(p => (string)p!["text"]!));
        }
    }

    [Fact]
    public async Task Another_countrys_profile_is_found_by_its_name_in_the_catalogue()
    {
        _set.AddJurisdiction("GTM", "Guatemala", "GT", 320);
        var (finding, profile, client, server) = await ImportBuildServe("another-country.md", "GTM-2022", "GTM-2022-1.2-01");
        using (server)
        {
            Assert.Equal("GTM", (string)profile["jurisdictionCode"]!);
            Assert.StartsWith("Article 4 of the Constitution of Guatemala (1917)", finding.Str("text"), StringComparison.Ordinal);
            Assert.Equal("Migration Governance Indicators Profile 2022 – Guatemala", (await client.Json("/v1/profiles/GTM-2022")).Str("title"));
        }
    }

    [Fact]
    public async Task A_local_profile_is_its_subnational_jurisdictions_complete_profile_without_a_ratification_table()
    {
        var (_, profile, client, server) = await ImportBuildServe("local-profile.md", "MX-CMX-2022", "MX-CMX-2022-3.1-01");
        using (server)
        {
            Assert.Empty(profile["ratifications"]!.AsArray());
            var served = await client.Json("/v1/profiles/MX-CMX-2022");
            Assert.Equal(("MX-CMX", "complete", "Local Migration Governance Indicators Profile 2022 | Mexico City"),
                (served.Str("jurisdictionCode"), served.Str("dataStatus"), served.Str("title")));
            Assert.Equal(CuratedText("MEX-2022-3.1-01"), (await client.Json("/v1/policies/MX-CMX-2022-3.1-01")).Str("text"));
        }
    }

    [Fact]
    public void An_imported_profile_does_not_build_until_its_titles_and_topics_are_written()
    {
        Assert.Equal(0, _set.Import(RepositoryPaths.SeedProfile));
        var e = Assert.Throws<DataSetException>(() => DatabaseBuild.Run(new DatabaseOptions { DataDirectory = _set.Data, DatabasePath = _set.DatabasePath }));
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.True(e.Field is "title" or "topic", e.Message);
    }

    [Fact]
    public void An_id_on_the_command_line_names_the_profile_and_a_jurisdiction_the_catalogue_lacks_goes_on_the_review_list()
    {
        Assert.True(_set.Import(ImportedDataSet.Document("another-country.md"), "--id", "GTM-2022") == 0, _set.Error);
        Assert.Equal("GTM", (string)_set.Profile("GTM-2022")["jurisdictionCode"]!);
        Assert.Contains("GTM-2022 jurisdictionCode: 'GTM' is not in catalogue/jurisdictions.json", _set.Output, StringComparison.Ordinal);
    }
}
