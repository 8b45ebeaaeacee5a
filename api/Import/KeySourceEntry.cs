using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>
/// One entry of "Key sources" split into its fields by the rules the data follows
/// (data/README.md): "- YEARKEY TITLE (ENGLISH TITLE) DETAILS. Available at LINK." The year key is
/// printed first (2011a, n.d.); an italic title ends at its emphasis; an English title is the
/// bracketed text that is not an acronym ("(PNIF)" stays in the title), taken out of the title
/// wherever it sits; what follows the title's full stop is details, or the English title when the
/// entry brackets none (flagged for review); the "Available at" link is the url.
/// </summary>
public static partial class KeySourceEntry
{
    public static KeySource Read(DocumentBlock item, string id, string issuer, ImportReport report)
    {
        var match = Entry().Match(item.Raw.ReplaceLineEndings(" "));
        if (!match.Success)
            throw new LayoutException(item.Line, "a key source: '- ' then its year (2011, 2011a or n.d.), its title, and optionally '. Available at' and a link");
        var yearKey = match.Groups["key"].Value;
        int? year = yearKey == "n.d." ? null : int.Parse(yearKey[..4], CultureInfo.InvariantCulture);
        var url = match.Groups["link"].Success && Plain(match.Groups["link"].Value, item.Line).Urls is [var first, ..] ? first : null;
        var body = match.Groups["body"].Value.Trim().TrimEnd('.');

        string title, rest;
        var italic = Italic().Match(body);
        if (italic.Success)
        {
            title = italic.Groups["title"].Value;
            rest = body[italic.Length..];
        }
        else
        {
            (title, rest) = SplitAtFullStop(body);
        }
        rest = rest.TrimStart('.', ' ');

        string? english = null;
        // The English title in brackets: inside the title (not an acronym) or opening the rest.
        var bracket = Brackets().Matches(title).LastOrDefault(b => !Acronym().IsMatch(b.Groups[1].Value));
        if (bracket is not null)
        {
            english = bracket.Groups[1].Value;
            var head = title[..bracket.Index].Trim().TrimEnd('.');
            var tail = title[(bracket.Index + bracket.Length)..].Trim();
            // After the brackets: more of the title ("(Institutional Programme) 2020–2024"), or details after a full stop.
            if (tail.StartsWith('.')) (title, rest) = (head, tail.TrimStart('.', ' ') + rest);
            else title = (head + " " + tail).Trim();
        }
        else if (Brackets().Match(rest) is { Success: true, Index: 0 } opening)
        {
            english = opening.Groups[1].Value;
            rest = rest[opening.Length..].TrimStart('.', ' ');
        }
        else if (!italic.Success && rest.Length > 0)
        {
            english = rest;
            rest = "";
            report.Ask(id, $"line {item.Line}: '{english}' follows the title after a full stop, with no brackets: taken as englishTitle; check it is the title's translation, not details");
        }

        var details = rest.Length > 0 ? Plain(rest, item.Line).Text : null;
        return new KeySource(id, issuer, yearKey, year, Plain(title, item.Line).Text,
            english is null ? null : Plain(english, item.Line).Text, details, url);
    }

    /// <summary>A title with no emphasis ends at the first full stop that closes a word and opens a capitalised one ("Atlas Nacional de Riesgos. Risk National Map"), not at "No. 07" or "U.S. Department".</summary>
    static (string Title, string After) SplitAtFullStop(string body)
    {
        var stop = SentenceEnd().Match(body);
        var bracketed = Brackets().Match(body);
        // A full stop after brackets is read with them: "(Labour Migration Agreement …). Press release No. 693" is details.
        if (!stop.Success || (bracketed.Success && stop.Index > bracketed.Index)) return (body, "");
        return (body[..stop.Index], body[(stop.Index + 1)..]);
    }

    static InlineText Plain(string markdown, int line)
    {
        var paragraph = Markdown.Parse(markdown).Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph is null) return new InlineText(markdown.Trim(), [], []);
        paragraph.Line = line - 1;
        return InlineText.Of(paragraph);
    }

    [GeneratedRegex(@"^(?<key>\d{4}[a-z]?|n\.d\.) (?<body>.+?)(?:\.? Available at (?<link>.+?))?\.?\s*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^\*(?<title>[^*]+)\*")]
    private static partial Regex Italic();

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^[A-Z0-9-]+$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?<=\p{Ll}{2})\.(?= \p{Lu})")]
    private static partial Regex SentenceEnd();
}
