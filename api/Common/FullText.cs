using System.Text;

namespace Mgi.Api.Common;

/// <summary>
/// Turns a client's search text into an FTS5 query that cannot be misread as FTS5 syntax: each
/// word becomes a quoted token, and all must match. Operators, quotes and punctuation in the
/// text are treated as separators, never passed to MATCH raw.
/// </summary>
public static class FullText
{
    public const int MaxLength = 500;

    /// <summary>The MATCH expression, or null when the text holds no searchable word.</summary>
    public static string? ToMatchExpression(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) current.Append(rune.ToString());
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words.Count == 0 ? null : string.Join(" ", words.Select(w => $"\"{w}\""));
    }
}
