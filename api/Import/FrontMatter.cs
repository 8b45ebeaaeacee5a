using System.Globalization;
using System.Text.RegularExpressions;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>The publication's fields, as its title and copyright pages print them.</summary>
public sealed record Publication(
    int HeaderLine, string JurisdictionName, int Year, string Title, string Publisher, int? PublishedYear,
    string Citation, string? Isbn, LicenseSource? License, string? ResearchPartner);

/// <summary>
/// The pages before the table of contents: the header ("MEXICO | PROFILE 2022"), the required
/// citation (title, publisher, year of publication), the ISBN, the licence and the research
/// partner. Every other block there is the publisher's notices, skipped.
/// </summary>
public static partial class FrontMatter
{
    public static Publication Read(IReadOnlyList<DocumentBlock> blocks, int endLine, string allText, ImportReport report)
    {
        DocumentBlock? header = null, citation = null;
        string? isbn = null, partner = null;
        LicenseSource? license = null;
        var partnerNext = false;
        foreach (var block in blocks)
        {
            if (partnerNext && block.Kind == BlockKind.Paragraph)
            {
                partner = AsWritten(block.Text, allText);
                partnerNext = false;
                continue;
            }
            if (block.Kind == BlockKind.Paragraph && header is null && Header().IsMatch(block.Text)) header = block;
            else if (block.Kind == BlockKind.Paragraph && block.Text.StartsWith(CitationLabel, StringComparison.Ordinal)) citation = block;
            else if (block.Kind == BlockKind.Paragraph && Isbn().Match(block.Text) is { Success: true } i) isbn = i.Groups[1].Value;
            else if (block.Kind == BlockKind.Paragraph && block.Text == "With research and analysis by") partnerNext = true;
            else if (block.Kind == BlockKind.Paragraph && License(block) is { } l) license = l;
            else report.Skip(block, block.Kind == BlockKind.Heading ? "title page heading" : "front matter (title page, publisher's notices)");
        }
        if (header is null) throw new LayoutException(1, "a header 'JURISDICTION | PROFILE YEAR' (e.g. 'MEXICO | PROFILE 2022') on the title page");
        if (citation is null) throw new LayoutException(endLine, "a 'Required citation:' paragraph on the copyright page, before this line");
        if (license is null) report.Ask("license", "no Creative Commons licence link on the copyright page: fill license (name, code, url) from the publication");

        var h = Header().Match(header.Text);
        var citationText = citation.Text[CitationLabel.Length..].Trim();
        var title = Italic().Match(citation.Raw) is { Success: true } t ? t.Groups[1].Value
            : throw new LayoutException(citation.Line, "the required citation names the title in italics (*Migration Governance Indicators Profile …*)");
        var published = Published().Match(citationText);
        if (!published.Success) throw new LayoutException(citation.Line, "the required citation opens with the publisher and year: 'International Organization for Migration (IOM), 2023.'");
        return new Publication(header.Line, h.Groups["name"].Value.Trim(), int.Parse(h.Groups["year"].Value, CultureInfo.InvariantCulture),
            title, published.Groups["publisher"].Value, int.Parse(published.Groups["year"].Value, CultureInfo.InvariantCulture),
            citationText, isbn, license, partner);
    }

    const string CitationLabel = "Required citation:";

    static LicenseSource? License(DocumentBlock block)
    {
        var link = CreativeCommons().Match(block.Raw);
        if (!link.Success) return null;
        var code = Code().Match(block.Raw[(link.Index + link.Length)..]);
        return new LicenseSource(link.Groups["name"].Value, code.Success ? code.Groups[1].Value : "", link.Groups["url"].Value);
    }

    /// <summary>A name the title page prints in capitals (a logo: "ECONOMIST IMPACT") as the running text writes it ("Economist Impact").</summary>
    static string AsWritten(string printed, string allText)
    {
        var pattern = string.Join(@"\s+", printed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.Matches(allText, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            .Select(m => m.Value).FirstOrDefault(v => !string.Equals(v, v.ToUpperInvariant(), StringComparison.Ordinal)) ?? printed;
    }

    [GeneratedRegex(@"^(?<name>.+?) \| PROFILE (?<year>\d{4})$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^ISBN ([0-9X-]+)")]
    private static partial Regex Isbn();

    [GeneratedRegex(@"\*([^*]+)\*")]
    private static partial Regex Italic();

    [GeneratedRegex(@"^(?<publisher>.+?), (?<year>\d{4})\.")]
    private static partial Regex Published();

    [GeneratedRegex(@"\[(?<name>Creative Commons[^\]]+)\]\((?<url>[^)]+)\)")]
    private static partial Regex CreativeCommons();

    [GeneratedRegex(@"^\s*\(([^)]+)\)")]
    private static partial Regex Code();
}
