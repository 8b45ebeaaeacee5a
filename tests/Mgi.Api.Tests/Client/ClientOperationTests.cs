using System.IO.Compression;
using System.Text.Json;
using Mgi.Client;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Tests.Client;

/// <summary>Every operation of the contract through the generated client, against the in-process server.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientOperationTests(ApiFactory api) : IDisposable
{
    readonly HttpClient _http = api.CreateClient();
    readonly string _folder = Directory.CreateTempSubdirectory("mgi-client-downloads-").FullName;

    public void Dispose()
    {
        _http.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Jurisdictions_and_their_ratifications()
    {
        var client = new JurisdictionsClient(_http);
        var states = await client.ListJurisdictionsAsync(new ListJurisdictionsOptions { Level = JurisdictionLevel.Subnational, Parent = "MEX" }).PageAsync();
        Assert.Equal(8, states.Total);
        Assert.All(states.Items, j => Assert.Equal(JurisdictionLevel.Subnational, j.Level));
        Assert.Contains(states.Items, j => j.Code == "MX-MIC" && j.Name == "Michoacán");
        var mexico = await client.GetJurisdictionAsync("MEX");
        Assert.Equal(484, mexico.M49);
        Assert.Equal(JurisdictionLevel.National, mexico.Level);
        Assert.Null(mexico.ParentCode);
        Assert.Equal(DataStatus.Complete, mexico.Profiles.Single(p => p.Id == "MEX-2022").DataStatus);
        var ratifications = await client.ListJurisdictionRatificationsAsync("MX-OAX").PageAsync();
        Assert.Equal(1999, ratifications.Items.Single(r => r.ConventionCode == "icrmw-1990").Year);
        Assert.Null(ratifications.Items.Single(r => r.ConventionCode == "ilo-c143").Year);
    }

    [Fact]
    public async Task Profiles()
    {
        var client = new ProfilesClient(_http);
        var referenced = await client.ListProfilesAsync(new ListProfilesOptions { DataStatus = DataStatus.Referenced, Year = 2021 }).PageAsync();
        Assert.Equal(["MX-GUA-2021", "MX-TAM-2021"], referenced.Items.Select(p => p.Id));
        Assert.All(referenced.Items, p => Assert.Equal(DataStatus.Referenced, p.DataStatus));
        var mexico = await client.GetProfileAsync("MEX-2022");
        Assert.Equal("978-92-9268-498-3", mexico.Isbn);
        Assert.Equal("CC BY-NC-ND 3.0 IGO", mexico.License!.Code);
        Assert.Equal(DataStatus.Complete, mexico.DataStatus);
        Assert.Null(mexico.SourceUrl);
    }

    [Fact]
    public async Task Dimensions_indicators_and_conventions()
    {
        var dimensions = await new DimensionsClient(_http).ListDimensionsAsync().PageAsync();
        Assert.Equal(6, dimensions.Total);
        Assert.Equal("partnerships", (await new DimensionsClient(_http).GetDimensionAsync(3)).Code);
        var indicators = await new IndicatorsClient(_http).ListIndicatorsAsync(new ListIndicatorsOptions { Dimension = 4 }).PageAsync();
        Assert.Equal("Migrant remittances", indicators.Items[^1].Name);
        Assert.Equal(1, (await new IndicatorsClient(_http).GetIndicatorAsync("d1-conventions")).DimensionNumber);
        var conventions = await new ConventionsClient(_http).ListConventionsAsync().PageAsync(3, 2);
        Assert.Equal(["crc-1989", "icrmw-1990"], conventions.Items.Select(c => c.Code));
        Assert.Equal(1975, (await new ConventionsClient(_http).GetConventionAsync("ilo-c143")).AdoptedYear);
    }

    [Fact]
    public async Task Policies_with_filters_and_paging_and_their_assessment_as_a_vocabulary()
    {
        var client = new PoliciesClient(_http);
        var page = await client.ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Dimension = 6, Assessment = Assessment.FurtherDevelopment }).PageAsync(2, 2);
        Assert.Equal(4, page.Total);
        Assert.Equal(2, page.TotalPages);
        Assert.Equal(["MEX-2022-6.2-03", "MEX-2022-6.2-04"], page.Items.Select(p => p.Id));
        // "further-development" on the wire, the enum member in C#: the vocabulary converter reads it.
        Assert.All(page.Items, p => Assert.Equal(Assessment.FurtherDevelopment, p.Assessment));
        var health = await client.GetPolicyAsync("MEX-2022-1.2-01");
        Assert.Equal(Assessment.WellDeveloped, health.Assessment);
        Assert.Contains("mex-migration-law", health.InstrumentIds);
        Assert.Equal(13, health.Footnotes.Single().Number);
        var searched = await client.ListPoliciesAsync(new ListPoliciesOptions { Query = "Michoacán" }).PageAsync();
        Assert.Equal("MEX-2022-3.1-03", searched.Items.Single().Id);
    }

    [Fact]
    public async Task Covid_responses_sources_and_footnotes()
    {
        var covid = new CovidResponsesClient(_http);
        var vaccination = await covid.ListCovidResponsesAsync(new ListCovidResponsesOptions { Topic = "vaccination" }).PageAsync();
        Assert.Equal([4, 5], vaccination.Items.Single().Footnotes.Select(f => f.Number));
        Assert.Equal("border-closure", (await covid.GetCovidResponseAsync("MEX-2022-covid-01")).Topic);
        var sources = await new SourcesClient(_http).ListSourcesAsync(new ListSourcesOptions { Profile = "MEX-2022", Query = "Plan Nacional de Desarrollo" }).PageAsync();
        Assert.Equal("2019c", sources.Items.Single().YearKey);
        var notes = await new FootnotesClient(_http).ListFootnotesAsync(new ListFootnotesOptions { Section = FootnoteSection.Covid }).PageAsync(pageSize: 500);
        Assert.Equal(10, notes.Total);
        Assert.All(notes.Items, n => Assert.Equal(FootnoteSection.Covid, n.Section));
    }

    [Fact]
    public async Task Instruments_their_kind_as_a_vocabulary_and_the_findings_that_cite_them()
    {
        var client = new InstrumentsClient(_http);
        var law = await client.GetInstrumentAsync("mex-migration-law");
        Assert.Equal((InstrumentKind.Law, (int?)2011), (law.Kind, law.Year));
        Assert.Equal(["MEX-2022-src-15"], law.SourceIds);
        var laws = await client.ListInstrumentsAsync(new ListInstrumentsOptions { Profile = "MEX-2022", Kind = InstrumentKind.Law }).PageAsync(pageSize: 500);
        Assert.Contains(laws.Items, i => i.Id == "mex-migration-law");
        Assert.All(laws.Items, i => Assert.Equal(InstrumentKind.Law, i.Kind));
        var citing = await new PoliciesClient(_http).ListPoliciesAsync(new ListPoliciesOptions { Instrument = "mex-migration-law" }).PageAsync(pageSize: 500);
        Assert.Equal(law.PolicyIds, citing.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task The_profile_summary_counts_what_the_lists_hold()
    {
        var summary = await new ProfilesClient(_http).GetProfileSummaryAsync("MEX-2022");
        Assert.Equal(("MEX-2022", DataStatus.Complete), (summary.ProfileId, summary.DataStatus));
        var policies = new PoliciesClient(_http);
        foreach (var dimension in summary.Dimensions)
            Assert.Equal((await policies.ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Dimension = dimension.Number, Assessment = Assessment.WellDeveloped }).PageAsync(pageSize: 1)).Total, dimension.WellDeveloped);
        Assert.Equal((await new SourcesClient(_http).ListSourcesAsync(new ListSourcesOptions { Profile = "MEX-2022" }).PageAsync(pageSize: 1)).Total, summary.Sources);
        Assert.Equal((await new InstrumentsClient(_http).ListInstrumentsAsync(new ListInstrumentsOptions { Profile = "MEX-2022" }).PageAsync(pageSize: 1)).Total, summary.Instruments);
    }

    [Fact]
    public async Task Facet_counts_come_with_a_page_and_add_up_to_its_total()
    {
        var page = await new PoliciesClient(_http).ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Facets = { PolicyFacet.Assessment, PolicyFacet.Dimension } }).PageAsync(pageSize: 1);
        Assert.Equal(["assessment", "dimension"], page.Facets!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(page.Total, page.Facets["assessment"].Sum(v => v.Count));
        Assert.Equal(page.Total, page.Facets["dimension"].Sum(v => v.Count));
        Assert.Equal(["further-development", "well-developed"], page.Facets["assessment"].Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Null((await new PoliciesClient(_http).ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022" }).PageAsync(pageSize: 1)).Facets);
    }

    [Fact]
    public async Task Search_filters_by_type_and_dimension_and_names_each_hit_s_type()
    {
        var client = new SearchClient(_http);
        var findings = await client.SearchAsync("migration", new SearchOptions { Type = SearchHitType.Policy, Dimension = 2, Jurisdiction = "MEX" }).PageAsync(pageSize: 500);
        Assert.NotEmpty(findings.Items);
        Assert.All(findings.Items, h => Assert.Equal((SearchHitType.Policy, (int?)2), (h.Type, h.DimensionNumber)));
        var covid = await client.SearchAsync("vaccination", new SearchOptions { Type = SearchHitType.CovidResponse }).PageAsync();
        Assert.Contains(covid.Items, h => h.Type == SearchHitType.CovidResponse && h.Id.StartsWith("MEX-2022-covid-", StringComparison.Ordinal));
        Assert.Equal(0, (await client.SearchAsync("migration", new SearchOptions { Type = SearchHitType.Source, Dimension = 2 }).PageAsync()).Total);
    }

    [Fact]
    public async Task Meta_counts_what_the_lists_hold_and_the_catalogue_is_dcat()
    {
        var meta = await new MetaClient(_http).GetMetaAsync();
        Assert.Equal((await new PoliciesClient(_http).ListPoliciesAsync().PageAsync(pageSize: 1)).Total, meta.Counts["policies"]);
        Assert.Equal((await new SourcesClient(_http).ListSourcesAsync().PageAsync(pageSize: 1)).Total, meta.Counts["sources"]);
        Assert.Contains(meta.Profiles, p => p.Id == "MEX-2022");
        Assert.InRange(meta.BuiltAt, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        var catalog = (JsonElement)await new MetaClient(_http).GetCatalogAsync();
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
    }

    [Fact]
    public async Task The_index_links_every_list_and_names_the_data_set_version()
    {
        var index = await new MetaClient(_http).GetIndexAsync();
        Assert.Equal((await new MetaClient(_http).GetMetaAsync()).DatasetVersion, index.DatasetVersion);
        Assert.EndsWith("/v1/policies", index.Lists["policies"], StringComparison.Ordinal);
        Assert.EndsWith("/openapi/v1.json", index.Links.OpenApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sqlite_download_opens_as_a_database_holding_every_policy()
    {
        var total = (await new PoliciesClient(_http).ListPoliciesAsync().PageAsync(pageSize: 1)).Total;
        var path = Path.Combine(_folder, "mgi.sqlite");
        using (var download = await new DownloadsClient(_http).DownloadSqliteAsync())
        {
            Assert.Equal(200, download.StatusCode);
            Assert.Equal("application/vnd.sqlite3", download.Headers["content-type"].Single());
            await using var file = File.Create(path);
            await download.Stream.CopyToAsync(file);
        }
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM policies";
        Assert.Equal(total, Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_data_package_download_opens_as_a_zip_with_its_descriptor_and_hxl_row()
    {
        using var download = await new DownloadsClient(_http).DownloadDataPackageAsync(hxl: true);
        using var buffer = new MemoryStream();
        await download.Stream.CopyToAsync(buffer);
        using var zip = new ZipArchive(buffer);
        var descriptor = JsonDocument.Parse(Analysts.DownloadTests.Read(zip, "datapackage.json")).RootElement;
        var policies = descriptor.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "policies");
        var csv = Analysts.DownloadTests.Read(zip, policies.GetProperty("path").GetString()!);
        Assert.StartsWith("#", csv.Split('\n')[1], StringComparison.Ordinal);
    }
}
