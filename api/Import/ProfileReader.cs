using System.Globalization;
using System.Text.RegularExpressions;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>The profile read from a document, and what the import accounts for besides it.</summary>
public sealed record ImportResult(ProfileSource Profile, ImportReport Report);

/// <summary>
/// Walks the blocks of a profile document through the parts of the layout, in their order: the
/// front matter, the table of contents, the objective, the introduction, the conceptual framework,
/// the six dimensions (the ratification table, then each "well-developed" and "further
/// development" section), the COVID-19 page, the key sources, the annexes. Each block is placed,
/// or skipped with its reason; a block the layout has no place for stops the import at its line.
/// </summary>
public sealed partial class ProfileReader
{
    enum Part { Front, Contents, Objective, Introduction, Framework, Findings, Covid, Sources, Annexes }

    readonly ImportReport _report = new();
    readonly Notes _body = new(ProfileChecks.Body);
    readonly Notes _covid = new(ProfileChecks.Covid);
    readonly IReadOnlyList<ConventionSource> _conventions;
    readonly IReadOnlyList<JurisdictionSource> _jurisdictions;
    readonly string? _givenId;

    ProfileReader(IReadOnlyList<ConventionSource> conventions, IReadOnlyList<JurisdictionSource> jurisdictions, string? givenId) =>
        (_conventions, _jurisdictions, _givenId) = (conventions, jurisdictions, givenId);

    /// <param name="markdown">The document.</param>
    /// <param name="conventions">catalogue/conventions.json: the table's rows are found there by name.</param>
    /// <param name="jurisdictions">catalogue/jurisdictions.json: the header's name is found there, unless <paramref name="givenId"/> says.</param>
    /// <param name="givenId">The profile's id (--id); by default the jurisdiction's code and the header's year.</param>
    public static ImportResult Read(string markdown, IReadOnlyList<ConventionSource> conventions, IReadOnlyList<JurisdictionSource> jurisdictions, string? givenId = null) =>
        new ProfileReader(conventions, jurisdictions, givenId).Read(markdown);

    ImportResult Read(string markdown)
    {
        var blocks = ProfileDocument.Read(markdown);
        var firstPart = blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && PartOf(b.Text) is not null and not Part.Front);
        if (firstPart is null) throw new LayoutException(1, "the headings of an MGI profile (# INTRODUCTION, the dimensions, # KEY SOURCES); the document has none");
        var publication = FrontMatter.Read(blocks.TakeWhile(b => b != firstPart).ToList(), firstPart.Line, markdown, _report);
        var (id, jurisdiction) = Identify(publication);

        var part = Part.Front;
        var introduction = new Paragraphs(_report, "introduction");
        var covid = new Paragraphs(_report, "COVID-19 page");
        var findings = new Findings(id, _report, _conventions);
        DocumentBlock? issuer = null;
        var issuerEntries = 0;
        var sources = new List<KeySource>();
        foreach (var block in blocks.SkipWhile(b => b != firstPart))
        {
            // Every marker, in placed or skipped text, must have its note (checked at the end).
            if (block.Kind != BlockKind.Note) (part == Part.Covid ? _covid : _body).Mark(block);
            if (block.Kind == BlockKind.Heading && NextPart(block, part) is { } next)
            {
                if (part == Part.Findings && next != Part.Findings) findings.End(block.Line);
                if (next == Part.Covid && part == Part.Covid) { _report.Skip(block, "page header: the COVID-19 page's heading repeated"); continue; }
                part = next;
                if (part == Part.Findings) findings.Dimension(block);
                continue;
            }
            switch (part)
            {
                case Part.Contents:
                    _report.Skip(block, "table of contents");
                    break;
                case Part.Objective:
                    _report.Skip(block, "objective, the same in every MGI profile");
                    break;
                case Part.Introduction when block.Kind == BlockKind.Note:
                    _body.Add(block);
                    break;
                case Part.Introduction when block.Kind == BlockKind.Paragraph:
                    introduction.Add(block);
                    break;
                case Part.Framework:
                    _report.Skip(block, "conceptual framework, the same in every MGI profile (catalogue/dimensions.json holds the dimensions)");
                    break;
                case Part.Findings when block.Kind == BlockKind.Note:
                    _body.Add(block);
                    break;
                case Part.Findings:
                    findings.Add(block);
                    break;
                case Part.Covid when block.Kind == BlockKind.Note:
                    _covid.Add(block);
                    break;
                case Part.Covid when block.Kind == BlockKind.Paragraph:
                    covid.Add(block);
                    break;
                case Part.Sources when block.Kind is BlockKind.Heading or BlockKind.Paragraph:
                    if (issuer is not null && issuerEntries == 0) throw new LayoutException(issuer.Line, "key sources ('- YEAR Title…') under this issuer before the next one");
                    (issuer, issuerEntries) = (block, 0);
                    break;
                case Part.Sources when block.Kind == BlockKind.ListItem && issuer is not null:
                    sources.Add(KeySourceEntry.Read(block, $"{id}-src-{sources.Count + 1:00}", issuer.Text, _report));
                    issuerEntries++;
                    break;
                case Part.Annexes when block.Kind == BlockKind.Note:
                    _body.Add(block);
                    break;
                case Part.Annexes:
                    _report.Skip(block, "annexes (the MiGOF, the MGI process) and back cover, the same in every MGI profile");
                    break;
                default:
                    throw new LayoutException(block.Line, $"{Expected(part)}, not this {block.Kind.ToString().ToLowerInvariant()}");
            }
        }
        if (part == Part.Findings) findings.End(blocks[^1].Line);
        if (issuer is not null && issuerEntries == 0) throw new LayoutException(issuer.Line, "key sources ('- YEAR Title…') under this issuer");
        if (!findings.Complete) throw new LayoutException(blocks[^1].Line, $"the six dimensions' headings ('## 1' … '## 6'); the document ends after dimension {findings.Last}");
        if (part < Part.Sources) throw new LayoutException(blocks[^1].Line, "a '# KEY SOURCES' part; the document ends without one");

        // The introduction: the profile's own paragraphs, the generic ones skipped.
        var own = new List<Paragraph>();
        foreach (var p in introduction.End())
        {
            if (Introduction.IsGeneric(p)) _report.Skip(new DocumentBlock(p.Line, BlockKind.Paragraph, p.Text, [], [], ""), "introduction: a paragraph every MGI profile repeats");
            else own.Add(p);
        }
        if (own.Count > 0)
            _report.Ask($"{id} introduction", $"lines {string.Join(", ", own.Select(p => p.Line))} taken as this profile's own account of its assessments; check that none is generic text");

        var answers = covid.End();
        _body.Check(_report, id);
        _covid.Check(_report, id);
        foreach (var note in _body.All.Concat(_covid.All).Where(n => MgiPublication().IsMatch(n.Text)))
            _report.Ask($"{id} {note.Section} note {note.Number}", "names an MGI publication: record it as a profile with dataStatus referenced and referencedBy this note, if it is not in profiles/ yet");

        var covidIntroduction = answers.Count > 0 ? answers[0] : null;
        var covidResponses = answers.Skip(1).Select((p, i) => new CovidResponseSource($"{id}-covid-{i + 1:00}", "", p.Text, p.Markers.Distinct().ToList(), [])).ToList();
        foreach (var (r, p) in covidResponses.Zip(answers.Skip(1)))
            _report.Ask(r.Id, $"line {p.Line}: topic (curatorial): left empty, choose one of data/README.md's COVID-19 topics; instrumentIds: the plans and protocols the answer names, if any");
        _report.Ask($"{id} instruments", $"data/instruments/{jurisdiction}.json: record the instruments the findings name and list their ids in each finding's instrumentIds (data/README.md, step 4)");

        var profile = new ProfileSource(
            id, jurisdiction, publication.Year, publication.Title, publication.Publisher, publication.ResearchPartner,
            publication.PublishedYear, publication.Isbn, publication.Citation, publication.License,
            SourceUrl: null, Language: "en", DataStatus: ProfileChecks.Complete, ReferencedBy: null,
            Introduction: own.Count > 0 ? string.Join("\n\n", own.Select(p => p.Text)) : null,
            IntroductionFootnotes: own.SelectMany(p => p.Markers).Distinct().ToList(),
            CovidIntroduction: covidIntroduction?.Text,
            CovidIntroductionFootnotes: covidIntroduction?.Markers.Distinct().ToList() ?? [],
            Ratifications: findings.Ratifications,
            Policies: findings.Policies,
            CovidResponses: covidResponses,
            Footnotes: [.. _body.All, .. _covid.All],
            Sources: sources,
            Schema: "../schema/profile.schema.json");
        return new ImportResult(profile, _report);
    }

    /// <summary>The profile's id and jurisdiction: --id if given, else the jurisdiction the header names and its year.</summary>
    (string Id, string Jurisdiction) Identify(Publication publication)
    {
        if (_givenId is not null)
        {
            var match = ProfileId().Match(_givenId);
            if (!match.Success) throw new ArgumentException($"--id '{_givenId}' is not a profile id: JURISDICTION-YEAR, e.g. MEX-2022 or MX-CMX-2022");
            var code = match.Groups["jurisdiction"].Value;
            if (!_jurisdictions.Any(j => j.Code == code))
                _report.Ask($"{_givenId} jurisdictionCode", $"'{code}' is not in catalogue/jurisdictions.json: add it (data/README.md, step 1)");
            if (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) != publication.Year)
                _report.Ask($"{_givenId} id", $"the header's year is {publication.Year}: check the id");
            return (_givenId, code);
        }
        var named = _jurisdictions.FirstOrDefault(j => string.Equals(j.Name, publication.JurisdictionName, StringComparison.OrdinalIgnoreCase))
            ?? throw new LayoutException(publication.HeaderLine, $"a jurisdiction of catalogue/jurisdictions.json named '{publication.JurisdictionName}': add it there, or pass --id");
        return ($"{named.Code}-{publication.Year}", named.Code);
    }


    /// <summary>The part a heading opens, if it opens one after <paramref name="current"/>; a part out of order stops the import.</summary>
    static Part? NextPart(DocumentBlock heading, Part current)
    {
        if (current == Part.Annexes) return null; // the annexes' own headings ("# 1" … the MGI process) are theirs
        var part = PartOf(heading.Text);
        if (part is null || part == Part.Front) return null;
        if (part < current || (part == current && part is not (Part.Findings or Part.Covid)))
            throw new LayoutException(heading.Line, $"{Expected(current)}; '{heading.Text}' is out of the layout's order (front matter, contents, objective, introduction, conceptual framework, dimensions 1–6, COVID-19, key sources, annexes)");
        return part;
    }

    static Part? PartOf(string heading)
    {
        var text = heading.Trim().ToUpperInvariant();
        return text switch
        {
            "TABLE OF CONTENTS" => Part.Contents,
            "OBJECTIVE" => Part.Objective,
            "INTRODUCTION" => Part.Introduction,
            "CONCEPTUAL FRAMEWORK" => Part.Framework,
            "KEY SOURCES" => Part.Sources,
            "ANNEXES" => Part.Annexes,
            _ when DimensionNumber().IsMatch(text) => Part.Findings,
            _ when text.Contains("(COVID-19)", StringComparison.Ordinal) => Part.Covid,
            _ => null,
        };
    }

    static string Expected(Part part) => part switch
    {
        Part.Introduction => "the introduction's paragraphs and notes",
        Part.Findings => "a dimension's sections, their paragraphs and notes",
        Part.Covid => "the COVID-19 page's paragraphs and notes",
        Part.Sources => "an issuer (a heading or a line) followed by its key sources ('- YEAR Title. Available at …')",
        _ => "the next part's heading",
    };

    [GeneratedRegex(@"Migration Governance Indicators|Indicadores de Gobernanza de la Migración")]
    private static partial Regex MgiPublication();

    [GeneratedRegex(@"^[1-6]$")]
    private static partial Regex DimensionNumber();

    [GeneratedRegex(@"^(?<jurisdiction>[A-Z]{2,3}(-[A-Z0-9]{1,3})?)-(?<year>[0-9]{4})$")]
    private static partial Regex ProfileId();
}
