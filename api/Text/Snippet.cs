using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis.TokenAttributes;

namespace Mgi.Api.Text;

/// <summary>
/// The passage of a record that shows a query: about <see cref="Words"/> words of one of its texts,
/// starting a few words before the first word that matches, cut on word boundaries ("…" marks a
/// cut), as plain text and as HTML with the matching words in &lt;mark&gt;.
/// </summary>
/// <remarks>
/// Cut from the analyzer's token offsets in the text already in memory: each text is analyzed only
/// up to the end of its passage (no stored fields, no highlighter). Among the record's texts, the one
/// whose passage holds the most matching words wins; on a tie the one with the longer passage (a
/// finding's text rather than its title), then the first.
/// </remarks>
public sealed record Snippet(string Plain, string Html)
{
    const int Words = 24;
    const int Before = 3;
    const char Ellipsis = '…';
    // Escapes markup characters only; letters of any script stay readable.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    readonly record struct Token(int Start, int End, bool Matches);

    internal static Snippet Cut(TextAnalyzer analyzer, IReadOnlyList<string?> texts, SnippetTerms terms)
    {
        (string Text, List<Token> Tokens, bool Before, bool After, int Matches)? best = null;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var (tokens, before, after) = Passage(analyzer, text, terms);
            var matches = tokens.Count(t => t.Matches);
            if (best is null || matches > best.Value.Matches || (matches == best.Value.Matches && tokens.Count > best.Value.Tokens.Count))
                best = (text, tokens, before, after, matches);
        }
        if (best is not { } b || b.Tokens.Count == 0) return new("", "");
        var plain = new StringBuilder();
        var html = new StringBuilder();
        if (b.Before) { plain.Append(Ellipsis); html.Append(Ellipsis); }
        var at = b.Tokens[0].Start;
        for (var i = 0; i < b.Tokens.Count; i++)
        {
            var token = b.Tokens[i];
            var between = b.Text.AsSpan(at, token.Start - at);
            var word = b.Text.AsSpan(token.Start, token.End - token.Start);
            plain.Append(between).Append(word);
            html.Append(Encoder.Encode(between.ToString()));
            if (token.Matches) html.Append("<mark>").Append(Encoder.Encode(word.ToString())).Append("</mark>");
            else html.Append(Encoder.Encode(word.ToString()));
            at = token.End;
        }
        if (b.After) { plain.Append(Ellipsis); html.Append(Ellipsis); }
        return new(plain.ToString(), html.ToString());
    }

    // The words of a text's passage, and whether words precede and follow it.
    static (List<Token> Tokens, bool Before, bool After) Passage(TextAnalyzer analyzer, string text, SnippetTerms terms)
    {
        var tokens = new List<Token>();
        var first = -1;
        var (before, after) = (false, false);
        using (var stream = analyzer.GetTokenStream(TextAnalyzer.PairsField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var keyword = stream.AddAttribute<IKeywordAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            string? folded = null;
            while (stream.IncrementToken())
            {
                // Each word comes twice: as typed (folded; a keyword), then its stem.
                if (keyword.IsKeyword) { folded = term.ToString(); continue; }
                if (first >= 0 && tokens.Count >= Words) { after = true; break; }
                var matches = terms.Match(folded ?? "", term.ToString());
                if (matches && first < 0) first = tokens.Count;
                tokens.Add(new Token(offset.StartOffset, offset.EndOffset, matches));
                // Before the first match only the last few words can be shown.
                if (first < 0 && tokens.Count > Before)
                {
                    tokens.RemoveAt(0);
                    before = true;
                }
            }
            stream.End();
        }
        // A text without a match shows its beginning, which was not kept: read it again.
        return first < 0 ? Beginning(analyzer, text) : (tokens, before, after);
    }

    static (List<Token>, bool, bool) Beginning(TextAnalyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(TextAnalyzer.PairsField, text);
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var more = false;
        while (stream.IncrementToken())
        {
            if (keyword.IsKeyword) continue;
            if (tokens.Count == Words) { more = true; break; }
            tokens.Add(new Token(offset.StartOffset, offset.EndOffset, false));
        }
        stream.End();
        return (tokens, false, more);
    }
}

/// <summary>What a snippet looks for: the stems of the query's words, and the last word as typed when it also matches as a beginning.</summary>
public sealed class SnippetTerms
{
    readonly HashSet<string> _stems;
    readonly string? _prefix;

    internal SnippetTerms(TextAnalyzer analyzer, TextQuery query)
    {
        _stems = new(query.Clauses.SelectMany(c => c.Words).SelectMany(w => TextIndex.Pairs(analyzer, w)).Select(p => p.Stem), StringComparer.Ordinal);
        _prefix = query.LastIsPrefix ? TextIndex.Pairs(analyzer, query.Clauses[^1].Words[0]) is [var last] ? last.Folded : null : null;
    }

    internal bool Match(string folded, string stem) =>
        _stems.Contains(stem) || (_prefix is not null && folded.StartsWith(_prefix, StringComparison.Ordinal));
}
