using System.Text;

namespace Mgi.Api.Text;

/// <summary>
/// A client's search text, parsed: the one reading of every <c>q</c> (/v1/search and the lists' q
/// filters). Words are runs of letters and digits; everything else (operators, punctuation, control
/// characters, broken surrogates) separates them, so nothing a client types is ever engine syntax.
/// Text in double quotes is a phrase (an unclosed quote runs to the end); every word or phrase must
/// match; a last bare word of <see cref="TextAnalyzer.MinPrefix"/> or more letters also matches as
/// the beginning of a word, so "migra" finds "migration". Case, accents and English endings are the
/// analyzer's (<see cref="TextAnalyzer"/>).
/// </summary>
public sealed class TextQuery
{
    public const int MaxLength = 500;

    TextQuery(IReadOnlyList<Clause> clauses)
    {
        Clauses = clauses;
        Canonical = string.Join(' ', clauses.Select(c => c.Quoted ? $"\"{string.Join(' ', c.Words)}\"" : c.Words[0]));
    }

    /// <summary>A word (one entry, not quoted) or a phrase (quoted: its words in order).</summary>
    public sealed record Clause(IReadOnlyList<string> Words, bool Quoted);

    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Whether the last clause, a bare word, also matches as the beginning of a word.</summary>
    public bool LastIsPrefix => Clauses[^1] is { Quoted: false } last && last.Words[0].Length >= TextAnalyzer.MinPrefix;

    /// <summary>
    /// The query written back as text that parses to the same query (words, and phrases in quotes):
    /// the key of what is remembered per query, and what a statement is given.
    /// </summary>
    public string Canonical { get; }

    public override string ToString() => Canonical;

    /// <summary>The query, or null when there is no text or it holds no word.</summary>
    public static TextQuery? Parse(string? text)
    {
        if (text is null) return null;
        var clauses = new List<Clause>();
        var phrase = new List<string>();
        var word = new StringBuilder();
        var inQuotes = false;

        void EndWord()
        {
            if (word.Length == 0) return;
            if (inQuotes) phrase.Add(word.ToString());
            else clauses.Add(new Clause([word.ToString()], Quoted: false));
            word.Clear();
        }

        void EndPhrase()
        {
            if (phrase.Count > 0) clauses.Add(new Clause([.. phrase], Quoted: true));
            phrase.Clear();
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (TextAnalyzer.IsWordChar(rune.Value))
            {
                word.Append(rune.ToString());
                continue;
            }
            EndWord();
            if (rune.Value != '"') continue;
            if (inQuotes) EndPhrase();
            inQuotes = !inQuotes;
        }
        EndWord();
        EndPhrase();
        return clauses.Count == 0 ? null : new TextQuery(clauses);
    }
}
