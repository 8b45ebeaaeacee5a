namespace Mgi.Api.Tests.Analysts;

/// <summary>GET /v1/search and the q filters: ranked, accent- and case-insensitive, phrases, hostile text.</summary>
[Collection(SharedServer.Name)]
public sealed class SearchTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<IReadOnlyList<JsonElement>> Hits(string query) => (await _client.Json($"/v1/search?{query}")).Items();

    [Fact]
    public async Task A_real_phrase_ranks_its_paragraph_first_with_a_highlighted_snippet()
    {
        var hits = await Hits("q=" + Uri.EscapeDataString("\"Protocol on Inspection to Prevent and Detect Trafficking\""));
        Assert.True(hits.Count >= 2);
        // The finding that describes the protocol, and its key source, are the best matches.
        Assert.Contains(hits.Take(2), h => h.Str("type") == "policy" && h.Str("id") == "MEX-2022-6.1-06");
        Assert.Contains(hits.Take(2), h => h.Str("type") == "source" && h.Str("id") == "MEX-2022-src-60");
        var policy = hits.Single(h => h.Str("id") == "MEX-2022-6.1-06");
        Assert.Contains("<mark>", policy.Str("snippetHtml"), StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", policy.Str("snippet"), StringComparison.Ordinal);
        Assert.Equal("Labour inspection protocol against trafficking", policy.Str("title"));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Theory]
    [InlineData("Michoacan")]
    [InlineData("MICHOACÁN")]
    [InlineData("michoacán")]
    public async Task Words_match_with_or_without_accents_in_any_case(string q)
    {
        var hits = await Hits("q=" + Uri.EscapeDataString(q));
        Assert.Contains(hits, h => h.Str("id") == "MEX-2022-3.1-03"); // "Bajío Morelia region (Michoacán)"
        Assert.Contains(hits, h => h.Str("id") == "MEX-2022-body-11"); // the Michoacán profile's note
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_as_a_phrase()
    {
        var phrase = await Hits("q=" + Uri.EscapeDataString("\"double taxation agreements\"") + "&pageSize=500");
        var words = await Hits("q=" + Uri.EscapeDataString("agreements double taxation") + "&pageSize=500");
        Assert.Equal(["MEX-2022-6.1-10"], phrase.Select(h => h.Str("id")));
        Assert.Contains(words, h => h.Str("id") == "MEX-2022-6.1-10");
        var reversed = await Hits("q=" + Uri.EscapeDataString("\"agreements taxation double\""));
        Assert.Empty(reversed);
    }

    [Fact]
    public async Task Stems_and_a_trailing_prefix_match()
    {
        Assert.Contains(await Hits("q=vaccinations"), h => h.Str("id") == "MEX-2022-covid-03");
        Assert.Contains(await Hits("q=remitt"), h => h.Str("id") == "MEX-2022-4.2-04");
    }

    [Fact]
    public async Task Search_filters_by_type_jurisdiction_and_dimension()
    {
        var notes = await Hits("q=available&type=footnote&pageSize=500");
        Assert.NotEmpty(notes);
        Assert.All(notes, h => Assert.Equal("footnote", h.Str("type")));
        var crises = await Hits("q=migrants&dimension=5&pageSize=500");
        Assert.NotEmpty(crises);
        Assert.All(crises, h => Assert.Equal(5, h.GetProperty("dimensionNumber").GetInt32()));
        Assert.Empty(await Hits("q=migrants&jurisdiction=MX-OAX"));
        Assert.NotEmpty(await Hits("q=migrants&jurisdiction=MEX&profile=MEX-2022"));
        // Only findings have a dimension: another type with one matches nothing, and says so.
        var sources = await _client.Json("/v1/search?q=migration&type=source&dimension=2");
        Assert.Equal(0, sources.GetProperty("total").GetInt32());
        Assert.Empty(sources.Items());
        var findings = await Hits("q=migration&type=policy&dimension=2&jurisdiction=MEX&pageSize=500");
        Assert.NotEmpty(findings);
        Assert.All(findings, h => Assert.Equal(("policy", 2), (h.Str("type"), h.GetProperty("dimensionNumber").GetInt32())));
    }

    [Fact]
    public async Task Search_pages_like_every_list()
    {
        var all = await _client.Json("/v1/search?q=migration&pageSize=500");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total > 50);
        var first = await _client.Json("/v1/search?q=migration&pageSize=10&page=2");
        Assert.Equal(all.Items().Skip(10).Take(10).Select(h => h.Str("type") + h.Str("id")), first.Items().Select(h => h.Str("type") + h.Str("id")));
    }

    public static TheoryData<string> HostileButSearchable => new()
    {
        "migration\"", "\"migration", "mi*gration", "-migration", "migration -law", "title:migration", "(migration", "migration)",
        "NEAR(migration law)", "migration AND law", "migration OR", "NOT migration", "AND", "OR", "NOT", "NEAR",
        "migration\u0000law", "migration\u0007\u001b[31m", "'; DROP TABLE policies; --", "\\\"escaped\\\"", "migra\ud800tion",
        "\udc00migration", "ÿ̶̧m̷i̴g̸r̵a̶t̷i̵o̸n̷", "移民", "миграция", "emoji 🙂 migration",
    };

    [Theory]
    [MemberData(nameof(HostileButSearchable))]
    public async Task Hostile_search_text_with_a_word_in_it_gets_200(string q)
    {
        foreach (var url in new[] { "/v1/search", "/v1/policies", "/v1/sources", "/v1/footnotes" })
        {
            using var response = await _client.GetAsync($"{url}?q={Uri.EscapeDataString(q)}");
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url} q={q}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static TheoryData<string> HostileWithoutWords => new()
    {
        "", " ", "\t\n", "\"\"", "*", "-", ":", "()", "\"*\"", "\u0000", "\u200b", "\ud800", "^", "+ - * /",
    };

    [Theory]
    [MemberData(nameof(HostileWithoutWords))]
    public async Task Search_text_without_a_word_is_a_400_naming_q(string q)
    {
        foreach (var url in new[] { "/v1/search", "/v1/policies", "/v1/sources", "/v1/footnotes" })
        {
            var problem = await _client.Problem($"{url}?q={Uri.EscapeDataString(q)}", 400);
            Assert.Equal(["q"], problem.ErrorNames());
        }
    }

    [Fact]
    public async Task Ten_thousand_characters_are_a_400_naming_q()
    {
        var problem = await _client.Problem("/v1/search?q=" + new string('a', 10_000), 400);
        Assert.Equal(["q"], problem.ErrorNames());
    }

    [Fact]
    public async Task Search_requires_q()
    {
        var problem = await _client.Problem("/v1/search", 400);
        Assert.Equal(["q"], problem.ErrorNames());
    }
}
