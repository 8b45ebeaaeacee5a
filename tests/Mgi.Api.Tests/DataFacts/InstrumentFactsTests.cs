using System.Text.Json;

namespace Mgi.Api.Tests.DataFacts;

/// <summary>
/// Instruments as records: one per law or programme however the findings name it, linked to every
/// finding that names it; and the curation decisions the source's words justify.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class InstrumentFactsTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<List<string>> PolicyIdsNaming(params string[] names) =>
        (await _client.Json("/v1/policies?profile=MEX-2022&pageSize=500")).Items()
            .Where(p => names.Any(n => p.Str("text").Contains(n, StringComparison.Ordinal)))
            .Select(p => p.Str("id")).ToList();

    static List<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();

    [Fact]
    public async Task The_migration_law_is_one_record_adopted_in_2011_linked_to_every_finding_that_names_it()
    {
        var law = await _client.Json("/v1/instruments/mex-migration-law");
        Assert.Equal("law", law.Str("kind"));
        Assert.Equal(2011, law.GetProperty("year").GetInt32()); // "the Migration Law (2011)"; (2020) is its reform
        // Every finding whose text names the law (but not only inside "…Implementing Regulations").
        var citing = (await _client.Json("/v1/policies?profile=MEX-2022&pageSize=500")).Items()
            .Where(p => p.Str("text").Replace("Migration Law Implementing Regulations", "", StringComparison.Ordinal).Contains("Migration Law", StringComparison.Ordinal))
            .Select(p => p.Str("id")).ToList();
        Assert.Equal(citing, Strings(law, "policyIds"));
        Assert.Equal(["MEX-2022-src-15"], Strings(law, "sourceIds"));
        var filtered = (await _client.Json("/v1/policies?instrument=mex-migration-law&pageSize=500")).Items().Select(p => p.Str("id"));
        Assert.Equal(citing, filtered);
    }

    [Fact]
    public async Task A_key_source_names_the_instruments_it_is_the_document_of_and_every_link_goes_both_ways()
    {
        var sources = (await _client.Json("/v1/sources?pageSize=500")).Items().ToList();
        var instruments = (await _client.Json("/v1/instruments?pageSize=500")).Items().ToList();
        // "Ley de Migración" (2011) is the Migration Law's text.
        var migrationLaw = sources.Single(s => s.Str("id") == "MEX-2022-src-15");
        Assert.StartsWith("Ley de Migración", migrationLaw.Str("title"), StringComparison.Ordinal);
        Assert.Equal(["mex-migration-law"], Strings(migrationLaw, "instrumentIds"));
        // Every instrument's sourceIds, inverted, is every source's instrumentIds (in the instruments' order).
        var expected = sources.ToDictionary(s => s.Str("id"), _ => new List<string>());
        foreach (var instrument in instruments)
            foreach (var source in Strings(instrument, "sourceIds")) expected[source].Add(instrument.Str("id"));
        foreach (var source in sources) Assert.Equal(expected[source.Str("id")], Strings(source, "instrumentIds"));
        // The source is silent for most entries: those are empty lists, not missing.
        Assert.Contains(sources, s => s.GetProperty("instrumentIds").GetArrayLength() == 0);
    }

    [Fact]
    public async Task The_constitution_and_the_governance_programme_each_gather_their_names()
    {
        var constitution = await _client.Json("/v1/instruments/mex-constitution");
        Assert.Equal(["Constitution of Mexico", "Constitution", "Mexico's Constitution"], Strings(constitution, "aliases"));
        Assert.Contains("Under Mexico's Constitution", (await _client.Json("/v1/policies/MEX-2022-1.2-05")).Str("text"), StringComparison.Ordinal);
        Assert.Equal("constitution", constitution.Str("kind"));
        Assert.Equal(1917, constitution.GetProperty("year").GetInt32());

        var programme = await _client.Json("/v1/instruments/mex-governance-sector-programme-2020-2024");
        // The canonical name is the key source's English title, the period kept.
        Assert.Equal("Governance Sectoral Programme 2020–2024", programme.Str("name"));
        string[] names = ["Governance Sector Programme 2020–2024", "2020–2024 Governance Sector Programme", "Governance Sectoral Programme 2020–2024"];
        Assert.Equal(names, Strings(programme, "aliases"));
        Assert.Equal(await PolicyIdsNaming(names), Strings(programme, "policyIds"));
        // The same document is a key source: "Programa Sectorial de Gobernación 2020–2024 (Governance Sectoral Programme)".
        var source = await _client.Json($"/v1/sources?profile=MEX-2022&q={Uri.EscapeDataString("\"Programa Sectorial de Gobernación\"")}");
        Assert.Equal(Strings(programme, "sourceIds").Single(), source.Items().Single().Str("id"));
    }

    [Fact]
    public async Task Instruments_not_in_force_are_one_rule_no_adoption_year_and_the_status_in_the_texts_words()
    {
        var bill = await _client.Json("/v1/instruments/mex-internal-displacement-bill");
        Assert.Equal("bill", bill.Str("kind"));
        Assert.Equal(JsonValueKind.Null, bill.GetProperty("year").ValueKind); // 2020 is the Chamber of Deputies' vote
        var finding = await _client.Json("/v1/policies/MEX-2022-5.1-01");
        Assert.Contains(bill.Str("status"), finding.Str("text"), StringComparison.Ordinal);

        var programme = await _client.Json("/v1/instruments/mex-anti-trafficking-programme");
        Assert.Equal(JsonValueKind.Null, programme.GetProperty("year").ValueKind);
        // In the finding's words, not ours ("approval pending since 2019" was ours).
        Assert.Equal("At the time of writing, approval of the National Programme against Trafficking in Persons had remained pending since 2019", programme.Str("status"));
        Assert.Contains(programme.Str("status"), (await _client.Json("/v1/policies/MEX-2022-6.2-01")).Str("text"), StringComparison.Ordinal);

        // Every instrument with a status has no adoption year.
        foreach (var i in (await _client.Json("/v1/instruments?pageSize=500")).Items().Where(i => i.GetProperty("status").ValueKind != JsonValueKind.Null))
            Assert.Equal(JsonValueKind.Null, i.GetProperty("year").ValueKind);
    }

    static async Task<string> SourceText() => await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Data, "sources", "mgi-profile-2022-mexico.md"));

    [Fact]
    public async Task The_bilateral_labour_agreements_have_their_counterparty_year_and_the_one_being_negotiated_its_status()
    {
        // 3.2-01: "it has bilateral ones with countries such as Canada (1974), the United States (1994), while it is in
        // negotiation with Germany"; note 38: "As of July 2022, this agreement was still being negotiated."
        Assert.Contains("bilateral ones with countries such as Canada (1974), the United States (1994), while it is in negotiation with Germany", await SourceText(), StringComparison.Ordinal);
        var finding = await _client.Json("/v1/policies/MEX-2022-3.2-01");
        var agreements = new List<JsonElement>();
        foreach (var id in Strings(finding, "instrumentIds")) agreements.Add(await _client.Json($"/v1/instruments/{id}"));
        Assert.All(agreements, a => Assert.Equal("agreement", a.Str("kind")));
        Assert.Equal([["CAN"], ["USA"], ["DEU"]], agreements.Select(a => Strings(a, "counterparties")));
        Assert.Equal([1974, 1994, (int?)null], agreements.Select(a => a.GetProperty("year").ValueKind == JsonValueKind.Null ? (int?)null : a.GetProperty("year").GetInt32()));
        var negotiated = agreements[2];
        Assert.Equal("As of July 2022, this agreement was still being negotiated", negotiated.Str("status"));
        var note38 = finding.GetProperty("footnotes").EnumerateArray().Single(n => n.GetProperty("number").GetInt32() == 38);
        Assert.StartsWith(negotiated.Str("status"), note38.Str("text"), StringComparison.Ordinal);
        Assert.All(agreements.Take(2), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("status").ValueKind));
    }

    [Fact]
    public async Task Agreements_the_text_names_by_their_countries_list_them_as_iso_codes()
    {
        var taxation = await _client.Json("/v1/instruments/mex-double-taxation-agreements");
        // 6.1-10: "with Australia, Austria, Canada, Chile, France, Japan, Panama, the Republic of Korea, Singapore, Spain
        // and the United States, and with Bermuda, Guernsey, the Isle of Man and Jersey"
        Assert.Equal(["AUS", "AUT", "CAN", "CHL", "FRA", "JPN", "PAN", "KOR", "SGP", "ESP", "USA", "BMU", "GGY", "IMN", "JEY"], Strings(taxation, "counterparties"));
        Assert.Equal(JsonValueKind.Null, taxation.GetProperty("year").ValueKind); // "In 2022, Mexico had agreements of this type": not a signing year
        Assert.Equal(["MEX-2022-6.1-10"], Strings(taxation, "policyIds"));

        var search = await _client.Json("/v1/instruments/mex-missing-migrants-search-agreements");
        Assert.Equal(["SLV", "GTM", "HND"], Strings(search, "counterparties"));
        Assert.Contains("agreements with other countries (El Salvador, Guatemala and Honduras", (await _client.Json("/v1/policies/MEX-2022-6.1-08")).Str("text"), StringComparison.Ordinal);

        // An agreement between two institutions names no country.
        var coordination = await _client.Json("/v1/instruments/mex-inm-inmujeres-coordination-agreement");
        Assert.Empty(Strings(coordination, "counterparties"));
        Assert.Equal(2022, coordination.GetProperty("year").GetInt32()); // "entered into a general coordination agreement in July 2022"

        // Only agreements have counterparties; every code is three capital letters.
        foreach (var i in (await _client.Json("/v1/instruments?pageSize=500")).Items())
        {
            if (i.Str("kind") != "agreement") Assert.Empty(Strings(i, "counterparties"));
            Assert.All(Strings(i, "counterparties"), c => Assert.Matches("^[A-Z]{3}$", c));
        }
        Assert.Equal(6, (await _client.Json("/v1/instruments?kind=agreement")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_2020_amendment_of_the_migration_law_is_a_dated_event_stated_by_note_51_not_its_year()
    {
        var law = await _client.Json("/v1/instruments/mex-migration-law");
        Assert.Equal(2011, law.GetProperty("year").GetInt32());
        var e = law.GetProperty("events").EnumerateArray().Single();
        Assert.Equal(2020, e.GetProperty("year").GetInt32());
        Assert.Equal("2020-11-11", e.Str("date"));
        Assert.Equal("MEX-2022-body-51", e.Str("statedIn"));
        var note = (await _client.Json("/v1/footnotes?profile=MEX-2022&pageSize=500")).Items().Single(n => n.Str("id") == e.Str("statedIn"));
        Assert.Equal(note.Str("text"), $"{e.Str("what")}, 11 November 2020.");
        // The note is the one of "The reforms introduced by the Migration Law (2020)".
        var finding = await _client.Json("/v1/policies/MEX-2022-6.1-03");
        Assert.StartsWith("The reforms introduced by the Migration Law (2020)", finding.Str("text"), StringComparison.Ordinal);
        Assert.Contains(51, finding.GetProperty("footnotes").EnumerateArray().Select(n => n.GetProperty("number").GetInt32()));
        // The same decree amended the refugee law: the same event.
        var refugees = await _client.Json("/v1/instruments/mex-refugee-law");
        Assert.Equal(e.GetRawText(), refugees.GetProperty("events").EnumerateArray().Single().GetRawText());
        // Only these two state an amendment.
        var withEvents = (await _client.Json("/v1/instruments?pageSize=500")).Items().Where(i => i.GetProperty("events").GetArrayLength() > 0).Select(i => i.Str("id"));
        Assert.Equal(["mex-migration-law", "mex-refugee-law"], withEvents);
    }

    [Fact]
    public async Task Covid_answers_cite_the_plans_and_protocols_they_name()
    {
        var health = await _client.Json("/v1/covid-responses/MEX-2022-covid-02");
        Assert.Equal(["mex-covid-migrant-response-plan", "mex-inm-covid-protocol"], Strings(health, "instrumentIds"));
        var plan = await _client.Json("/v1/instruments/mex-covid-migrant-response-plan");
        var protocol = await _client.Json("/v1/instruments/mex-inm-covid-protocol");
        Assert.Contains("established the Operational Response Plan for the Migrant Population in April 2020", health.Str("text"), StringComparison.Ordinal);
        Assert.Contains("temporary residences, adopted in May 2020", health.Str("text"), StringComparison.Ordinal);
        Assert.Equal((2020, 2020), (plan.GetProperty("year").GetInt32(), protocol.GetProperty("year").GetInt32()));
        Assert.Equal(["MEX-2022-covid-02", "MEX-2022-covid-05"], Strings(plan, "covidResponseIds"));
        Assert.Equal(["MEX-2022-covid-02", "MEX-2022-covid-05"], Strings(protocol, "covidResponseIds"));
        Assert.Empty(Strings(plan, "policyIds"));
        // Each answer writes one of the instrument's names.
        foreach (var id in new[] { "MEX-2022-covid-02", "MEX-2022-covid-05" })
        {
            var text = (await _client.Json($"/v1/covid-responses/{id}")).Str("text");
            Assert.Contains(Strings(plan, "aliases"), a => text.Contains(a, StringComparison.Ordinal));
            Assert.Contains(Strings(protocol, "aliases"), a => text.Contains(a, StringComparison.Ordinal));
        }
        // The vaccination strategy is the key source note 5 cites.
        var vaccination = await _client.Json("/v1/instruments/mex-covid-vaccination-strategy");
        var source = await _client.Json($"/v1/sources?profile=MEX-2022&q={Uri.EscapeDataString("\"Política Nacional rectora de vacunación\"")}");
        Assert.Equal(source.Items().Single().Str("id"), Strings(vaccination, "sourceIds").Single());

        var answers = (await _client.Json("/v1/covid-responses?pageSize=500")).Items().ToList();
        Assert.Equal(["MEX-2022-covid-02", "MEX-2022-covid-03", "MEX-2022-covid-05"],
            answers.Where(a => a.GetProperty("instrumentIds").GetArrayLength() > 0).Select(a => a.Str("id")));
        // The profile filter finds instruments that only answers name.
        var ofProfile = (await _client.Json("/v1/instruments?profile=MEX-2022&pageSize=500")).Items().Select(i => i.Str("id"));
        Assert.Contains("mex-covid-vaccination-strategy", ofProfile);
    }

    [Fact]
    public async Task The_curators_fixes_follow_the_source()
    {
        // "since 2021 the Banking Programme … has focused on": a change of focus, not the year of adoption.
        Assert.Contains("since 2021 the Banking Programme for Migrants and their Families has focused on", (await _client.Json("/v1/policies/MEX-2022-4.1-06")).Str("text"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await _client.Json("/v1/instruments/mex-migrant-banking-programme")).GetProperty("year").ValueKind);
        // The model UNICEF helped develop is the key source UNICEF published.
        var sources = (await _client.Json("/v1/sources?profile=MEX-2022&pageSize=500")).Items().ToDictionary(s => s.Str("id"));
        var model = await _client.Json("/v1/instruments/mex-migrant-children-response-model");
        var unicef = sources[Strings(model, "sourceIds").Single()];
        Assert.Equal("United Nations Children's Fund (UNICEF)", unicef.Str("issuer"));
        Assert.Equal("Modelo de Atención Integral para la Niñez y Adolescencia en Situación de Movilidad", unicef.Str("title"));
        // Canonical name = the key source's English title.
        var map = await _client.Json("/v1/instruments/mex-migrant-children-road-map");
        Assert.Equal(sources[Strings(map, "sourceIds").Single()].Str("englishTitle"), map.Str("name"));
        // The rules of operation are linked to their programmes, as the agreement establishing the strategy is.
        Assert.Equal(["MEX-2022-src-35"], Strings(await _client.Json("/v1/instruments/mex-elderly-pension-programme"), "sourceIds"));
        Assert.Equal(["MEX-2022-src-36"], Strings(await _client.Json("/v1/instruments/mex-emergencies-well-being-programme"), "sourceIds"));
        Assert.Equal(["MEX-2022-src-37"], Strings(await _client.Json("/v1/instruments/mex-returning-families-strategy"), "sourceIds"));
        // 4.2-05's title no longer contradicts 4.1-01: the Labour Observatory's data lack migration status.
        var observatory = await _client.Json("/v1/policies/MEX-2022-4.2-05");
        Assert.Contains("disaggregated by sex, occupation and economic sector, but not by migration status", observatory.Str("text"), StringComparison.Ordinal);
        Assert.Contains("Labour Observatory", observatory.Str("title"), StringComparison.Ordinal);
        Assert.Contains("disaggregated by migration status", (await _client.Json("/v1/policies/MEX-2022-4.1-01")).Str("text"), StringComparison.Ordinal);
        // 6.1-05's programme is against violence against women, not only migrant women.
        Assert.DoesNotContain("migrant women", (await _client.Json("/v1/policies/MEX-2022-6.1-05")).Str("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_in_a_name_stays_in_the_name()
    {
        var programme = await _client.Json("/v1/instruments/mex-equality-non-discrimination-programme-2021-2024");
        Assert.Equal("National Programme for Equality and Non-Discrimination 2021–2024", programme.Str("name"));
        Assert.Equal(["National Programme for Equality and Non-Discrimination (2021–2024)"], Strings(programme, "aliases"));
    }

    [Fact]
    public async Task Instruments_filter_by_jurisdiction_profile_kind_and_text()
    {
        var all = (await _client.Json("/v1/instruments?pageSize=500")).GetProperty("total").GetInt32();
        Assert.Equal(54, all);
        Assert.Equal(all, (await _client.Json("/v1/instruments?profile=MEX-2022&pageSize=500")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.Json("/v1/instruments?profile=MX-OAX-2020")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.Json("/v1/instruments?jurisdiction=MX-OAX")).GetProperty("total").GetInt32());
        Assert.All((await _client.Json("/v1/instruments?kind=law&pageSize=500")).Items(), i => Assert.Equal("law", i.Str("kind")));
        var regulations = (await _client.Json("/v1/instruments?kind=regulation")).Items().Select(i => i.Str("id"));
        Assert.Equal(["mex-migration-law-regulations", "mex-migration-law-draft-regulations"], regulations); // the 2012 regulations, and the draft of 6.1-03
        var searched = (await _client.Json("/v1/instruments?q=governance%20sectoral")).Items().Select(i => i.Str("id"));
        Assert.Equal(["mex-governance-sector-programme-2020-2024"], searched);
        // An id that no instrument has is refused (Routes/KnownCodeTests), not an empty list.
        Assert.Equal(["instrument"], (await _client.Problem("/v1/policies?instrument=mex-no-such-law", 400)).ErrorNames());
    }

    [Fact]
    public async Task Indicator_codes_cannot_be_read_as_section_numbers()
    {
        var codes = (await _client.Json("/v1/indicators?pageSize=500")).Items().Select(i => i.Str("code")).ToList();
        Assert.Equal(25, codes.Count);
        Assert.All(codes, c => Assert.Matches("^d[1-6]-[a-z]+(-[a-z]+)*$", c));
        Assert.Equal("Access to education", (await _client.Json("/v1/indicators/d1-education")).Str("name"));
    }

    [Fact]
    public async Task Tags_and_titles_follow_the_text()
    {
        // Reintegration of returnees and customs waivers are not border control; financial inclusion is not remittances.
        foreach (var id in new[] { "MEX-2022-6.1-02", "MEX-2022-6.1-10", "MEX-2022-4.1-06" })
            Assert.Empty((await _client.Json($"/v1/policies/{id}")).GetProperty("indicatorCodes").EnumerateArray());
        var station = await _client.Json("/v1/policies/MEX-2022-6.2-03");
        Assert.Contains("must remain at a migratory station", station.Str("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("detention", station.Str("title"), StringComparison.OrdinalIgnoreCase);
        var remittances = await _client.Json("/v1/policies/MEX-2022-4.2-04");
        Assert.StartsWith("At the federal level, there are positive practices", remittances.Str("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("still pending", remittances.Str("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_sources_keep_title_and_english_title_apart()
    {
        var sources = (await _client.Json("/v1/sources?profile=MEX-2022&pageSize=500")).Items().ToDictionary(s => s.Str("id"));
        Assert.Equal("Programa Institucional 2020–2024", sources["MEX-2022-src-01"].Str("title"));
        Assert.Equal("Institutional Programme", sources["MEX-2022-src-01"].Str("englishTitle"));
        Assert.Equal("Risk National Map", sources["MEX-2022-src-47"].Str("englishTitle"));
        Assert.Equal(JsonValueKind.Null, sources["MEX-2022-src-47"].GetProperty("details").ValueKind);
    }

    [Fact]
    public async Task The_introduction_tells_of_the_local_assessments_and_the_glossary_note()
    {
        var mexico = await _client.Json("/v1/profiles/MEX-2022");
        Assert.Contains("as part of the Strategy to Strengthen Local Governance under the IOM Regional Programme on Migration", mexico.Str("introduction"), StringComparison.Ordinal);
        var notes = mexico.GetProperty("introductionFootnotes").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(4, 9), notes.Select(n => n.GetProperty("number").GetInt32()));
        Assert.Contains("Glossary on Migration", notes[^1].Str("text"), StringComparison.Ordinal);
        // The local profiles' language is not stated by the source: null, not guessed from a title.
        Assert.All((await _client.Json("/v1/profiles?dataStatus=referenced")).Items(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("language").ValueKind));
    }
}
