using System.Text.RegularExpressions;

namespace Mgi.Api.Tests.DataFacts;

/// <summary>
/// Every text the API serves is in the source document, word for word. The document is the
/// markdown of the PDF; the served text is that markdown without footnote markers, emphasis
/// and link syntax, and with paragraphs split by page breaks joined back.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class SourceFidelityTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();
    static readonly Lazy<string> Source = new(LoadSource);

    static string LoadSource()
    {
        Assert.True(File.Exists(RepositoryPaths.SeedProfile), $"the source document is expected at {RepositoryPaths.SeedProfile}");
        var text = File.ReadAllText(RepositoryPaths.SeedProfile);
        text = Sup().Replace(text, "");
        text = MarkdownLink().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = text.Replace("\\\\_", "_", StringComparison.Ordinal).Replace("\\_", "_", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        return Whitespace().Replace(text, " ");
    }

    /// <summary>Each sentence of a served text must be in the source; a paragraph that a page
    /// break split is checked sentence by sentence, so a join point may sit inside one sentence.</summary>
    static void AssertVerbatim(string served, string what)
    {
        foreach (var sentence in Sentence().Split(served).Where(s => s.Length > 0))
        {
            if (Source.Value.Contains(sentence, StringComparison.Ordinal)) continue;
            // A sentence that spans a page break: both halves must be in the source, in order.
            var words = sentence.Split(' ');
            var found = Enumerable.Range(1, words.Length - 1).Any(cut =>
            {
                var head = string.Join(' ', words[..cut]);
                var tail = string.Join(' ', words[cut..]);
                var at = Source.Value.IndexOf(head, StringComparison.Ordinal);
                return at >= 0 && Source.Value.IndexOf(tail, at + head.Length, StringComparison.Ordinal) > at;
            });
            Assert.True(found, $"{what}: not in the source: \"{sentence}\"");
        }
    }

    async Task<IReadOnlyList<JsonElement>> All(string route) => (await _client.Json($"{route}?pageSize=500")).Items();

    [Fact]
    public async Task Every_finding_text_is_verbatim_from_the_source()
    {
        foreach (var p in await All("/v1/policies")) AssertVerbatim(p.Str("text"), p.Str("id"));
    }

    [Fact]
    public async Task Every_covid_answer_is_verbatim_from_the_source()
    {
        foreach (var c in await All("/v1/covid-responses")) AssertVerbatim(c.Str("text"), c.Str("id"));
        AssertVerbatim((await _client.Json("/v1/profiles/MEX-2022")).Str("covidIntroduction"), "covid introduction");
        foreach (var paragraph in (await _client.Json("/v1/profiles/MEX-2022")).Str("introduction").Split("\n\n"))
            AssertVerbatim(paragraph, "introduction");
    }

    [Fact]
    public async Task Every_footnote_is_verbatim_from_the_source_and_its_urls_are_linked_there()
    {
        var raw = File.ReadAllText(RepositoryPaths.SeedProfile).Replace("\\\\_", "_", StringComparison.Ordinal);
        foreach (var n in await All("/v1/footnotes"))
        {
            AssertVerbatim(n.Str("text"), n.Str("id"));
            foreach (var url in n.GetProperty("urls").EnumerateArray())
                Assert.Contains(url.GetString()!, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_key_source_title_and_url_is_in_the_source()
    {
        var raw = File.ReadAllText(RepositoryPaths.SeedProfile).Replace("\\\\_", "_", StringComparison.Ordinal);
        foreach (var s in await All("/v1/sources"))
        {
            Assert.Contains(s.Str("issuer"), Source.Value, StringComparison.Ordinal);
            // The English title follows the title in brackets, or as its own sentence; once in the
            // middle of it ("Programa Institucional (Institutional Programme) 2020–2024").
            if (s.GetProperty("englishTitle").GetString() is { } english)
            {
                var bracketed = Source.Value.Contains($"({english})", StringComparison.Ordinal);
                Assert.True(bracketed || Source.Value.Contains($"{s.Str("title")}. {english}.", StringComparison.Ordinal), $"{s.Str("id")}: englishTitle '{english}'");
                Assert.Contains(s.Str("title"), bracketed ? Source.Value.Replace($" ({english})", "", StringComparison.Ordinal) : Source.Value, StringComparison.Ordinal);
            }
            else Assert.Contains(s.Str("title"), Source.Value, StringComparison.Ordinal);
            Assert.Contains($"- {s.Str("yearKey")} ", Source.Value, StringComparison.Ordinal);
            Assert.Contains(s.Str("url"), raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_instrument_a_finding_or_answer_names_is_named_in_its_text_by_an_alias_and_every_alias_is_as_written()
    {
        var citing = (await All("/v1/policies")).Concat(await All("/v1/covid-responses")).ToDictionary(p => p.Str("id"), p => p);
        var instruments = (await All("/v1/instruments")).ToDictionary(i => i.Str("id"), i => i);
        foreach (var p in citing.Values)
            foreach (var id in p.GetProperty("instrumentIds").EnumerateArray().Select(i => i.GetString()!))
            {
                var aliases = instruments[id].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList();
                Assert.True(aliases.Any(a => p.Str("text").Contains(a, StringComparison.Ordinal)), $"{p.Str("id")} names {id} by none of its aliases");
            }
        foreach (var i in instruments.Values)
        {
            var texts = i.GetProperty("policyIds").EnumerateArray().Concat(i.GetProperty("covidResponseIds").EnumerateArray())
                .Select(id => citing[id.GetString()!].Str("text")).ToList();
            Assert.NotEmpty(texts);
            foreach (var alias in i.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!))
                Assert.True(texts.Any(t => t.Contains(alias, StringComparison.Ordinal)), $"{i.Str("id")}: alias '{alias}' is in none of its findings or answers");
        }
    }

    [Fact]
    public async Task Every_instruments_status_and_event_is_the_documents_words()
    {
        foreach (var i in await All("/v1/instruments"))
        {
            if (i.GetProperty("status").ValueKind == JsonValueKind.String)
                Assert.Contains(i.Str("status"), Source.Value, StringComparison.Ordinal);
            foreach (var e in i.GetProperty("events").EnumerateArray())
            {
                Assert.Contains(e.Str("what"), Source.Value, StringComparison.Ordinal);
                Assert.Contains(e.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Source.Value, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"<sup>\d+</sup>")] private static partial Regex Sup();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")] private static partial Regex MarkdownLink();
    [GeneratedRegex(@"<(https?://[^>]+)>")] private static partial Regex AutoLink();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"(?<=[.;:!?”""])\s+")] private static partial Regex Sentence();
}
