using System.Globalization;
using System.Text.RegularExpressions;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>
/// The six dimensions: each opens with its number ("## 1") and its title, then its sections
/// ("1.1. International conventions ratified": the ratification table; "1.2. Migration governance:
/// Examples of well-developed areas"; "1.3. Areas with potential for further development"). Each
/// paragraph of a findings section is one finding, id &lt;profile&gt;-&lt;section&gt;-&lt;nn&gt;, in document order.
/// </summary>
public sealed partial class Findings(string profileId, ImportReport report, IReadOnlyList<ConventionSource> conventions)
{
    readonly List<PolicySource> _policies = [];
    readonly List<RatificationSource> _ratifications = [];
    readonly HashSet<string> _sections = [];
    int _dimension;
    bool _awaitingTitle;
    string? _section;
    string? _assessment; // null in the ratification section
    Paragraphs? _paragraphs;

    public IReadOnlyList<PolicySource> Policies => _policies;
    public IReadOnlyList<RatificationSource> Ratifications => _ratifications;
    public int Last => _dimension;
    public bool Complete => _dimension == 6;

    /// <summary>A dimension's heading: the next number, 1 to 6.</summary>
    public void Dimension(DocumentBlock heading)
    {
        var number = int.Parse(heading.Text.Trim(), CultureInfo.InvariantCulture);
        if (number != _dimension + 1) throw new LayoutException(heading.Line, $"dimension {_dimension + 1}'s heading ('## {_dimension + 1}'), not dimension {number}'s");
        End(heading.Line);
        _dimension = number;
        _awaitingTitle = true;
    }

    public void Add(DocumentBlock block)
    {
        if (block.Kind == BlockKind.Heading && Section().Match(block.Text) is { Success: true } section)
        {
            Open(block, section);
            return;
        }
        if (_awaitingTitle && block.Kind is BlockKind.Heading or BlockKind.Paragraph)
        {
            report.Skip(block, $"dimension {_dimension}'s title");
            _awaitingTitle = false;
            return;
        }
        if (_section is null || block.Kind != BlockKind.Paragraph)
            throw new LayoutException(block.Line, _section is null
                ? $"a section heading of dimension {_dimension} ('{_dimension}.1. …'), not this {block.Kind.ToString().ToLowerInvariant()}"
                : $"paragraphs and notes of section {_section}, not a {block.Kind.ToString().ToLowerInvariant()}");
        if (_assessment is not null) _paragraphs!.Add(block);
        else if (RatificationTable.IsTable(block)) _ratifications.AddRange(RatificationTable.Read(block, conventions, report, profileId));
        else if (block.Text.StartsWith("Table ", StringComparison.Ordinal)) report.Skip(block, "the ratification table's caption");
        else throw new LayoutException(block.Line, "the ratification table ('Convention name', a tab, 'Ratified (Year)', then a row per convention) or its caption");
    }

    void Open(DocumentBlock heading, Match section)
    {
        End(heading.Line);
        _awaitingTitle = false;
        var number = $"{section.Groups["dimension"].Value}.{section.Groups["section"].Value}";
        if (section.Groups["dimension"].Value != _dimension.ToString(CultureInfo.InvariantCulture))
            throw new LayoutException(heading.Line, $"a section of dimension {_dimension} ({_dimension}.n), not {number}");
        if (!_sections.Add(number)) throw new LayoutException(heading.Line, $"a new section; {number} was opened before");
        var title = section.Groups["title"].Value;
        _section = number;
        _assessment = title.Contains("conventions ratified", StringComparison.OrdinalIgnoreCase) ? null
            : title.Contains("well-developed areas", StringComparison.OrdinalIgnoreCase) ? ProfileChecks.WellDeveloped
            : title.Contains("further development", StringComparison.OrdinalIgnoreCase) ? ProfileChecks.FurtherDevelopment
            : throw new LayoutException(heading.Line, $"'{number}. International conventions ratified', '{number}. Migration governance: Examples of well-developed areas' or '{number}. Areas with potential for further development', not '{heading.Text}'");
        _paragraphs = _assessment is null ? null : new Paragraphs(report, $"section {number}");
    }

    /// <summary>Closes the open section: its paragraphs become findings.</summary>
    public void End(int line)
    {
        if (_section is null) return;
        if (_assessment is not null)
        {
            var paragraphs = _paragraphs!.End();
            if (paragraphs.Count == 0) report.Ask($"{profileId} section {_section}", $"its heading has no paragraph before line {line}: check the document");
            foreach (var (p, i) in paragraphs.Select((p, i) => (p, i)))
            {
                var id = $"{profileId}-{_section}-{i + 1:00}";
                _policies.Add(new PolicySource(id, _section, _dimension, _assessment, [], "", p.Text, [], p.Markers.Distinct().ToList()));
                report.Ask(id, $"line {p.Line}: title, indicatorCodes, instrumentIds (curatorial): left empty");
            }
        }
        _section = null;
        _assessment = null;
        _paragraphs = null;
    }

    [GeneratedRegex(@"^(?<dimension>[1-6])\.(?<section>\d+)\.?\s+(?<title>.+)$")]
    private static partial Regex Section();
}
