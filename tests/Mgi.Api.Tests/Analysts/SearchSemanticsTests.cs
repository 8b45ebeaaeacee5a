using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Search.List;
using Mgi.Api.Features.Sources.List;
using Mgi.Api.Text;

namespace Mgi.Api.Tests.Analysts;

/// <summary>
/// What the text index must keep of the search semantics users had: accents, stems, phrases, the
/// last word as a beginning, hostile text read as plain words, a stable order for equal scores, and
/// one reading of q for /v1/search and every list's q filter.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class SearchSemanticsTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<JsonElement> Search(string q, string more = "") =>
        await _client.Json($"{SearchRequest.Route}?q={Uri.EscapeDataString(q)}&pageSize=500{more}");

    async Task<List<string>> SearchIds(string q, string more = "") =>
        (await Search(q, more)).Items().Select(h => h.Str("type") + " " + h.Str("id")).ToList();

    [Theory]
    [InlineData("migracion")]
    [InlineData("MIGRACIÓN")]
    [InlineData("Migración")]
    public async Task Accents_in_the_data_or_in_the_query_are_ignored(string q)
    {
        // "Ley de Migración", the Migration Law, among the key sources.
        Assert.Contains("source MEX-2022-src-15", await SearchIds(q));
        Assert.Contains("MEX-2022-src-15", (await _client.Json($"{ListSourcesRequest.Route}?q={Uri.EscapeDataString(q)}&pageSize=500")).Items().Select(s => s.Str("id")));
    }

    [Theory]
    [InlineData("migrants", "migrant")]
    [InlineData("migrations", "migration")]
    [InlineData("vaccinations", "vaccination")]
    [InlineData("protections", "protection")]
    public async Task English_endings_match_their_stem(string one, string other)
    {
        // Quoted, so that neither is also read as the beginning of a longer word.
        var a = await SearchIds($"\"{one}\"");
        var b = await SearchIds($"\"{other}\"");
        Assert.NotEmpty(a);
        Assert.Equal(a.Order(StringComparer.Ordinal), b.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_phrase_keeps_its_small_words_and_their_order()
    {
        var phrase = await SearchIds("\"protection of children\"");
        var words = await SearchIds("protection of children");
        Assert.NotEmpty(phrase);
        Assert.True(words.Count > phrase.Count, "the words anywhere match more records than the phrase");
        Assert.All(phrase, id => Assert.Contains(id, words));
        Assert.Empty(await SearchIds("\"children of protection\""));
        // No stop words: "of" must be there, between the two.
        Assert.Equal(["footnote MEX-2022-body-31"], await SearchIds("\"protection children\""));
    }

    [Fact]
    public async Task Only_the_last_word_also_matches_as_the_beginning_of_a_word()
    {
        // "migra" is no word of the profile: only as the last word does it find "migration" (stem migrat).
        Assert.NotEmpty(await SearchIds("law migra"));
        Assert.Empty(await SearchIds("migra law"));
        Assert.Empty(await SearchIds("\"migra\""));
        Assert.Contains("policy MEX-2022-4.2-04", await SearchIds("remitt"));
        // Two letters are too few to be read as a beginning.
        Assert.DoesNotContain("source MEX-2022-src-15", await SearchIds("mi"));
    }

    [Theory]
    [InlineData("title:migration law", "title migration law")]
    [InlineData("NEAR(migration law)", "near migration law")]
    [InlineData("migration -law", "migration law")]
    [InlineData("mi*gration", "mi gration")]
    [InlineData("migration AND law", "migration and law")]
    [InlineData("'; DROP TABLE policies; --", "drop table policies")]
    public async Task Engine_syntax_is_read_as_plain_words(string hostile, string words)
    {
        Assert.Equal(await SearchIds(words), await SearchIds(hostile));
    }

    [Fact]
    public async Task Equal_scores_are_ordered_by_type_then_as_their_list_on_every_page()
    {
        var all = (await Search("available")).Items();
        var pairs = all.Zip(all.Skip(1)).Where(p => p.First.GetProperty("score").GetDouble() == p.Second.GetProperty("score").GetDouble()).ToList();
        Assert.True(pairs.Count > 5, "the notes' \"Available at\" gives many equal scores");
        // Footnotes list by profile, body before COVID-19 notes, then by number.
        var notes = (await _client.Json($"{ListFootnotesRequest.Route}?pageSize=500")).Items().Select(n => n.Str("id")).ToList();
        Assert.All(pairs, p => Assert.True(
            string.CompareOrdinal(p.First.Str("type"), p.Second.Str("type")) < 0
            || (p.First.Str("type") == "footnote" && p.Second.Str("type") == "footnote" && notes.IndexOf(p.First.Str("id")) < notes.IndexOf(p.Second.Str("id")))
            || (p.First.Str("type") != "footnote" && p.First.Str("type") == p.Second.Str("type")),
            $"{p.First.Str("id")} before {p.Second.Str("id")}"));
        Assert.Contains(pairs, p => p.First.Str("type") == "footnote" && p.Second.Str("type") == "footnote");
        var pages = new List<string>();
        for (var page = 1; page <= (all.Count + 6) / 7; page++)
            pages.AddRange((await _client.Json($"{SearchRequest.Route}?q=available&pageSize=7&page={page}")).Items().Select(h => h.Str("id")));
        Assert.Equal(all.Select(h => h.Str("id")), pages);
    }

    [Theory]
    [InlineData("migration")]
    [InlineData("Michoacán")]
    [InlineData("\"National Migration Institute\" visas")]
    [InlineData("labour migra")]
    [InlineData("diario OFICIAL")]
    public async Task A_list_q_filter_matches_what_search_finds_of_that_type(string q)
    {
        foreach (var (route, type) in new[] { (ListPoliciesRequest.Route, "policy"), (ListSourcesRequest.Route, "source"), (ListFootnotesRequest.Route, "footnote") })
        {
            var listed = (await _client.Json($"{route}?q={Uri.EscapeDataString(q)}&pageSize=500")).Items().Select(i => i.Str("id"));
            var found = (await Search(q, $"&type={type}")).Items().Select(h => h.Str("id"));
            Assert.Equal(found.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Tags_compare_ignoring_case_as_the_database_does()
    {
        var upper = await Search("migrants", "&jurisdiction=MEX&profile=MEX-2022");
        var lower = await Search("migrants", "&jurisdiction=mex&profile=mex-2022");
        Assert.True(upper.GetProperty("total").GetInt32() > 0);
        Assert.Equal(upper.GetProperty("total").GetInt32(), lower.GetProperty("total").GetInt32());
    }

    public static TheoryData<string> Texts => new()
    {
        "migration", "\"migration law\" visas", "a \"b c\" d", "\"unclosed phrase", "mi*gra\"tion\" x", "ÿ̶̧m̷i̴g̸r̵a̶t̷i̵o̸n̷", "移民 🙂 migra", "\"\" x \"\"",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_query_written_back_reads_the_same(string text)
    {
        var query = TextQuery.Parse(text)!;
        var again = TextQuery.Parse(query.Canonical)!;
        Assert.Equal(query.Canonical, again.Canonical);
        Assert.Equal(query.LastIsPrefix, again.LastIsPrefix);
        Assert.Equal(query.Clauses.Select(c => (string.Join(' ', c.Words), c.Quoted)), again.Clauses.Select(c => (string.Join(' ', c.Words), c.Quoted)));
    }
}
