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
    public async Task The_constitution_and_the_governance_programme_each_gather_their_names()
    {
        var constitution = await _client.Json("/v1/instruments/mex-constitution");
        Assert.Equal(["Constitution of Mexico", "Constitution"], Strings(constitution, "aliases"));
        Assert.Equal("constitution", constitution.Str("kind"));
        Assert.Equal(1917, constitution.GetProperty("year").GetInt32());

        var programme = await _client.Json("/v1/instruments/mex-governance-sector-programme-2020-2024");
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
        Assert.Contains("pending since 2019", (await _client.Json("/v1/policies/MEX-2022-6.2-01")).Str("text"), StringComparison.Ordinal);
        Assert.Equal("approval pending since 2019", programme.Str("status"));

        // Every instrument with a status has no adoption year.
        foreach (var i in (await _client.Json("/v1/instruments?pageSize=500")).Items().Where(i => i.GetProperty("status").ValueKind != JsonValueKind.Null))
            Assert.Equal(JsonValueKind.Null, i.GetProperty("year").ValueKind);
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
        Assert.Equal(41, all);
        Assert.Equal(all, (await _client.Json("/v1/instruments?profile=MEX-2022&pageSize=500")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.Json("/v1/instruments?profile=MX-OAX-2020")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _client.Json("/v1/instruments?jurisdiction=MX-OAX")).GetProperty("total").GetInt32());
        Assert.All((await _client.Json("/v1/instruments?kind=law&pageSize=500")).Items(), i => Assert.Equal("law", i.Str("kind")));
        var regulations = (await _client.Json("/v1/instruments?kind=regulation")).Items().Select(i => i.Str("id"));
        Assert.Equal(["mex-migration-law-regulations"], regulations);
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
