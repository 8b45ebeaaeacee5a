using System.Text;

namespace Mgi.Api.Data;

/// <summary>
/// Turns a client's search text into an FTS5 query that cannot be misread as FTS5 syntax.
/// Words are runs of letters and digits; everything else (operators, quotes, punctuation, control
/// characters, broken surrogates) separates them. Text in double quotes is a phrase; every word or
/// phrase must match; a last bare word of three or more letters also matches as a prefix, so
/// "migra" finds "migration". Case and accents are folded by the index's tokenizer (unicode61,
/// remove_diacritics) and English words stemmed (porter), so "Migrants" finds "migrant".
/// </summary>
public static class FullText
{
    public const int MaxLength = 500;
    const int MinPrefixLength = 3;

    /// <summary>The MATCH expression, or null when there is no text or it holds no searchable word.</summary>
    public static string? ToMatchExpression(string? text)
    {
        if (text is null) return null;
        var terms = new List<string>();
        var phrase = new List<string>();
        var word = new StringBuilder();
        var inQuotes = false;
        var lastBare = -1;

        void EndWord()
        {
            if (word.Length == 0) return;
            if (inQuotes) phrase.Add(word.ToString());
            else
            {
                terms.Add(Quote(word.ToString()));
                lastBare = word.Length >= MinPrefixLength ? terms.Count - 1 : -1;
            }
            word.Clear();
        }

        void EndPhrase()
        {
            if (phrase.Count == 0) return;
            terms.Add(Quote(string.Join(' ', phrase)));
            phrase.Clear();
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
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
        EndPhrase(); // an unclosed quote still makes a phrase

        if (terms.Count == 0) return null;
        if (lastBare == terms.Count - 1) terms[^1] += "*";
        return string.Join(' ', terms);
    }

    // Words hold only letters and digits, so the quotes cannot be escaped out of.
    static string Quote(string words) => $"\"{words}\"";
}
