namespace Mgi.Api.Tests.DataFacts;

/// <summary>Facts read in the MGI profile 2022 of Mexico, checked through the API.</summary>
[Collection(SharedServer.Name)]
public sealed class ProfileFactsTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    [Theory]
    // Table 1: "Signature and ratification of international conventions".
    [InlineData("ilo-c097", false, null)]
    [InlineData("un-refugees-1951", true, 2000)]
    [InlineData("un-statelessness-1954-1961", false, null)]
    [InlineData("ilo-c143", false, null)]
    [InlineData("crc-1989", true, 1990)]
    [InlineData("icrmw-1990", true, 1999)]
    public async Task Mexico_ratifications_are_those_of_table_1(string convention, bool ratified, int? year)
    {
        var all = (await _client.Json("/v1/jurisdictions/MEX/ratifications")).Items();
        var row = Assert.Single(all, r => r.Str("conventionCode") == convention);
        Assert.Equal(ratified, row.GetProperty("ratified").GetBoolean());
        Assert.Equal(year, row.GetProperty("year").ValueKind == JsonValueKind.Null ? null : row.GetProperty("year").GetInt32());
        Assert.Equal("MEX-2022", row.Str("profileId"));
    }

    [Fact]
    public async Task The_profile_record_carries_the_required_citation_isbn_and_licence()
    {
        var p = await _client.Json("/v1/profiles/MEX-2022");
        Assert.Equal("International Organization for Migration (IOM), 2023. Migration Governance Indicators Profile 2022 – Mexico. IOM, Geneva.", p.Str("citation"));
        Assert.Equal("978-92-9268-498-3", p.Str("isbn"));
        Assert.Equal(2023, p.GetProperty("publishedYear").GetInt32());
        Assert.Equal(2022, p.GetProperty("year").GetInt32());
        Assert.Equal("Economist Impact", p.Str("researchPartner"));
        Assert.Equal("CC BY-NC-ND 3.0 IGO", p.GetProperty("license").Str("code"));
        Assert.Equal("https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode", p.GetProperty("license").Str("url"));
        Assert.Equal(JsonValueKind.Null, p.GetProperty("sourceUrl").ValueKind); // the profile does not give its own URL
        Assert.Equal("complete", p.Str("dataStatus"));
    }

    [Fact]
    public async Task The_first_finding_is_the_right_to_health_care_a_well_developed_area_of_dimension_1()
    {
        var p = await _client.Json("/v1/policies/MEX-2022-1.2-01");
        Assert.Equal(1, p.GetProperty("dimensionNumber").GetInt32());
        Assert.Equal("well-developed", p.Str("assessment"));
        Assert.StartsWith("Article 4 of the Constitution of Mexico (1917) establishes that all persons residing", p.Str("text"), StringComparison.Ordinal);
        Assert.Equal(["mex-constitution", "mex-migration-law"], p.GetProperty("instrumentIds").EnumerateArray().Select(i => i.GetString()));
        var note = Assert.Single(p.GetProperty("footnotes").EnumerateArray());
        Assert.Equal(13, note.GetProperty("number").GetInt32());
        Assert.StartsWith("The Migration Law defines \"migration status\"", note.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paragraph_split_by_a_page_break_is_served_whole()
    {
        var p = await _client.Json("/v1/policies/MEX-2022-1.2-02");
        Assert.Contains("those who wish to rejoin the national education system. Likewise, in collaboration with the Institute for Mexicans Abroad", p.Str("text"), StringComparison.Ordinal);
        Assert.Equal([14, 15], p.GetProperty("footnotes").EnumerateArray().Select(n => n.GetProperty("number").GetInt32()));
        var strategy = await _client.Json("/v1/policies/MEX-2022-2.1-04");
        Assert.Contains("is binding on the Interior Secretariat and all decentralized bodies that compose it.", strategy.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pending_anti_trafficking_programme_is_an_area_for_further_development_in_dimension_6()
    {
        var p = await _client.Json("/v1/policies/MEX-2022-6.2-01");
        Assert.Equal(6, p.GetProperty("dimensionNumber").GetInt32());
        Assert.Equal("further-development", p.Str("assessment"));
        Assert.StartsWith("At the time of writing, approval of the National Programme against Trafficking in Persons had remained pending since 2019", p.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_section_of_findings_is_in_its_dimension_and_assessment()
    {
        foreach (var p in (await _client.Json("/v1/policies?pageSize=500")).Items())
        {
            var section = p.Str("section");
            Assert.Equal(int.Parse(section[..1], System.Globalization.CultureInfo.InvariantCulture), p.GetProperty("dimensionNumber").GetInt32());
            // Section 1 has "1.1" for the conventions table, so its findings are 1.2 and 1.3.
            var wellDeveloped = section[0] == '1' ? section == "1.2" : section.EndsWith(".1", StringComparison.Ordinal);
            Assert.Equal(wellDeveloped ? "well-developed" : "further-development", p.Str("assessment"));
        }
    }

    [Fact]
    public async Task Footnote_31_links_the_for_your_rights_information_system()
    {
        var notes = (await _client.Json("/v1/footnotes?profile=MEX-2022&section=body&pageSize=500")).Items();
        var n31 = Assert.Single(notes, n => n.GetProperty("number").GetInt32() == 31);
        Assert.Equal(["https://portusderechos.dif.gob.mx/"], n31.GetProperty("urls").EnumerateArray().Select(u => u.GetString()));
        var n3 = Assert.Single(notes, n => n.GetProperty("number").GetInt32() == 3);
        Assert.Equal("IOM, Migration Governance Framework, para. 5(c).", n3.Str("text"));
        Assert.Empty(n3.GetProperty("urls").EnumerateArray());
        Assert.Equal(Enumerable.Range(1, 60), notes.Select(n => n.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task The_covid_notes_are_numbered_separately_from_1_to_10()
    {
        var notes = (await _client.Json("/v1/footnotes?section=covid")).Items();
        Assert.Equal(Enumerable.Range(1, 10), notes.Select(n => n.GetProperty("number").GetInt32()));
        Assert.Equal("Health Secretariat, Plan Operativo de Atención a Población Migrante por COVID-19, 2020. Not available online.",
            notes[6].Str("text"));
    }

    [Fact]
    public async Task Key_source_2011a_of_the_congress_is_the_migration_law()
    {
        var sources = (await _client.Json("/v1/sources?pageSize=500")).Items();
        var law = Assert.Single(sources, s => s.Str("yearKey") == "2011a");
        Assert.Equal("Congress of the Union", law.Str("issuer"));
        Assert.Equal(2011, law.GetProperty("year").GetInt32());
        Assert.Equal("Ley de Migración", law.Str("title"));
        Assert.Equal("Migration Law", law.Str("englishTitle"));
        Assert.Equal("http://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf", law.Str("url"));
        // "n.d." entries have no year.
        Assert.All(sources.Where(s => s.Str("yearKey") == "n.d."), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("year").ValueKind));
        Assert.Equal(65, sources.Count);
        // The Congress list goes on past a page break: its 2016 protocol is still the Congress's.
        Assert.Equal("Congress of the Union", Assert.Single(sources, s => s.Str("title").StartsWith("Protocolo de actuación para asegurar", StringComparison.Ordinal)).Str("issuer"));
    }

    [Theory]
    [InlineData("border-closure", "To date, Mexico has not closed its borders since the start of the health emergency")]
    [InlineData("access-to-health-care", "Migrants in Mexico can access COVID-19-related health services under the same conditions as nationals.")]
    [InlineData("fiscal-measures", "The main fiscal measures taken by the Federal Government as of 2022")]
    [InlineData("health-statistics", "Migration status is not one of the variables reflected in key COVID-19 health statistics.")]
    [InlineData("assistance-to-nationals-abroad", "In 2020 and 2021, the Secretariat of Foreign Affairs")]
    public async Task Each_covid_answer_has_its_topic(string topic, string opening)
    {
        var answer = Assert.Single((await _client.Json($"/v1/covid-responses?topic={topic}")).Items());
        Assert.StartsWith(opening, answer.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_eight_local_profiles_the_introduction_names_are_referenced_with_their_publications()
    {
        var michoacan = await _client.Json("/v1/profiles/MX-MIC-2022");
        Assert.Equal("referenced", michoacan.Str("dataStatus"));
        Assert.Equal("MX-MIC", michoacan.Str("jurisdictionCode"));
        Assert.Equal("Indicadores de Gobernanza de la Migración a Nivel Local. Perfil 2022 – Estado de Michoacán", michoacan.Str("title"));
        Assert.Equal("https://publications.iom.int/books/indicadores-de-gobernanza-de-la-migracion-nivel-local-perfil-2022-estado-de-michoacan-mexico", michoacan.Str("sourceUrl"));
        Assert.Equal(11, michoacan.GetProperty("referencedBy").GetProperty("footnote").GetInt32());
        var city = await _client.Json("/v1/jurisdictions/MX-CMX");
        Assert.Equal("Mexico City", city.Str("name"));
        Assert.Equal("MEX", city.Str("parentCode"));
        Assert.Equal("MX-CMX-2022", Assert.Single(city.GetProperty("profiles").EnumerateArray()).Str("id"));
        Assert.Equal(8, (await _client.Json("/v1/profiles?dataStatus=referenced")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_six_dimensions_carry_their_migof_statements()
    {
        var dimensions = (await _client.Json("/v1/dimensions")).Items();
        Assert.Equal(["principle", "principle", "principle", "objective", "objective", "objective"], dimensions.Select(d => d.Str("migofCategory")));
        Assert.Equal("Effectively address the mobility dimensions of crises.", dimensions[4].Str("migofStatement"));
        Assert.StartsWith("This category focuses on countries' efforts to cooperate", dimensions[2].Str("description"), StringComparison.Ordinal);
    }
}
