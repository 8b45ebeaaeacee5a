using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Mgi.Api.Text;

/// <summary>
/// The passage of a record that shows a query: about <see cref="Words"/> words of one of its texts,
/// starting a few words before the first word that matches, cut on word boundaries ("…" marks a
/// cut), as plain text and as HTML with the matching words in &lt;mark&gt;.
/// </summary>
/// <remarks>
/// Cut from the text already in memory (no stored fields, no highlighter), read only up to the end
/// of its passage; only words that could match are analyzed. Among the record's texts, the one
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
        var scratch = new char[4 + 3 * 4]; // three letters, and their folding (up to four letters each)
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var (tokens, before, after) = Passage(analyzer, text, terms, scratch);
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

    // The words of a text's passage, and whether words precede and follow it. Words are found as
    // the analyzer finds them (runs of letters and digits); only a word whose first letters could
    // begin a match is analyzed (SnippetTerms.MayMatch), so a passage costs a scan of its text.
    static (List<Token> Tokens, bool Before, bool After) Passage(TextAnalyzer analyzer, string text, SnippetTerms terms, char[] scratch)
    {
        var tokens = new List<Token>(Words + 1);
        var first = -1;
        var (before, after) = (false, false);
        var at = 0;
        while (NextWord(text, ref at, out var start))
        {
            if (first >= 0 && tokens.Count >= Words) { after = true; break; }
            var matches = terms.MayMatch(text, start, at, scratch) && terms.Match(analyzer, text[start..at]);
            if (matches && first < 0) first = tokens.Count;
            tokens.Add(new Token(start, at, matches));
            // Before the first match only the last few words can be shown.
            if (first < 0 && tokens.Count > Before)
            {
                tokens.RemoveAt(0);
                before = true;
            }
        }
        if (first >= 0) return (tokens, before, after);
        // A text without a match shows its beginning.
        tokens.Clear();
        at = 0;
        while (NextWord(text, ref at, out var start))
        {
            if (tokens.Count == Words) return (tokens, false, true);
            tokens.Add(new Token(start, at, false));
        }
        return (tokens, false, false);
    }

    // The next word at or after `at`: its start, and `at` moved to its end.
    static bool NextWord(string text, ref int at, out int start)
    {
        while (at < text.Length && !IsWordChar(text, at)) at += Step(text, at);
        start = at;
        while (at < text.Length && IsWordChar(text, at)) at += Step(text, at);
        return at > start;
    }

    static bool IsWordChar(string text, int at) =>
        TextAnalyzer.IsWordChar(char.IsSurrogatePair(text, at) ? char.ConvertToUtf32(text[at], text[at + 1]) : text[at]);

    static int Step(string text, int at) => at + 1 < text.Length && char.IsSurrogatePair(text[at], text[at + 1]) ? 2 : 1;
}

/// <summary>
/// What a snippet looks for, from the query, once per request: the stems of its words, and for a
/// last word that also matches as a beginning, its stem (a word matches when its stem begins so).
/// </summary>
public sealed class SnippetTerms
{
    readonly HashSet<string> _stems;
    readonly string[] _prefixes;
    // The first letters (folded) a word must begin with to match: a stem differs from its word at
    // most in its last letter among the first three (Porter rewrites endings: cry → cri).
    readonly string[] _heads;

    internal SnippetTerms(TextAnalyzer analyzer, TextQuery query)
    {
        _stems = new(query.Clauses.SelectMany(c => c.Words).SelectMany(w => TextIndex.Pairs(analyzer, w)).Select(p => p.Stem), StringComparer.Ordinal);
        _prefixes = query.LastIsPrefix && TextIndex.Pairs(analyzer, query.Clauses[^1].Words[0]) is [var last] && last.Stem.Length >= TextAnalyzer.MinPrefix
            ? [last.Stem]
            : [];
        _heads = [.. _stems.Concat(_prefixes).Select(s => s[..Math.Clamp(s.Length - 1, 1, 3)]).Distinct()];
    }

    /// <summary>Whether the word text[start..end] begins as a match could (cheap; no analysis).</summary>
    internal bool MayMatch(string text, int start, int end, char[] scratch)
    {
        var length = Math.Min(end - start, 3);
        for (var i = 0; i < length; i++) scratch[i] = char.ToLowerInvariant(text[start + i]);
        var folded = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(scratch, 0, scratch, 4, length) - 4;
        var head = scratch.AsSpan(4, folded);
        foreach (var candidate in _heads)
            if (head.StartsWith(candidate, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the word matches: its stem is one of the query's, or it begins as the last word does.</summary>
    internal bool Match(TextAnalyzer analyzer, string word)
    {
        foreach (var (_, stem) in TextIndex.Pairs(analyzer, word))
        {
            if (_stems.Contains(stem)) return true;
            foreach (var prefix in _prefixes)
                if (stem.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
