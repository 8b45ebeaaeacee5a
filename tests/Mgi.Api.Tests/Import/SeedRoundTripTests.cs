using System.Text.Json;
using Mgi.Api.DataSet;
using Mgi.Api.Import;

namespace Mgi.Api.Tests.Import;

/// <summary>
/// Importing the seed document gives back every verbatim field of data/profiles/MEX-2022.json:
/// the importer reads the layout the curated data was made from, and the curated data is the
/// document's (issue 24).
/// </summary>
public sealed class SeedRoundTripTests
{
    static readonly Lazy<(ProfileSource Imported, ProfileSource Curated, ImportReport Report)> Seed = new(() =>
    {
        var conventions = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "catalogue", "conventions.json")), SourceJson.Default.ConventionsFile)!.Conventions;
        var jurisdictions = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "catalogue", "jurisdictions.json")), SourceJson.Default.JurisdictionsFile)!.Jurisdictions;
        var result = ProfileReader.Read(File.ReadAllText(RepositoryPaths.SeedProfile), conventions, jurisdictions);
        var curated = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "profiles", "MEX-2022.json")), SourceJson.Default.ProfileSource)!;
        return (result.Profile, curated, result.Report);
    });

    static ProfileSource Imported => Seed.Value.Imported;
    static ProfileSource Curated => Seed.Value.Curated;

    [Fact]
    public void The_publication_fields_are_the_curated_ones()
    {
        Assert.Equal(
            (Curated.Id, Curated.JurisdictionCode, Curated.Year, Curated.Title, Curated.Publisher, Curated.ResearchPartner, Curated.PublishedYear, Curated.Isbn, Curated.Citation, Curated.License, Curated.SourceUrl, Curated.Language, Curated.DataStatus),
            (Imported.Id, Imported.JurisdictionCode, Imported.Year, Imported.Title, Imported.Publisher, Imported.ResearchPartner, Imported.PublishedYear, Imported.Isbn, Imported.Citation, Imported.License, Imported.SourceUrl, Imported.Language, Imported.DataStatus));
    }

    [Fact]
    public void The_introduction_and_the_covid_introduction_are_the_curated_ones_with_their_notes()
    {
        Assert.Equal(Curated.Introduction, Imported.Introduction);
        Assert.Equal(Curated.IntroductionFootnotes, Imported.IntroductionFootnotes);
        Assert.Equal(Curated.CovidIntroduction, Imported.CovidIntroduction);
        Assert.Equal(Curated.CovidIntroductionFootnotes, Imported.CovidIntroductionFootnotes);
    }

    [Fact]
    public void Every_finding_has_the_curated_id_text_dimension_assessment_order_and_notes()
    {
        Assert.Equal(Curated.Policies!.Select(p => p.Id), Imported.Policies!.Select(p => p.Id)); // order included
        foreach (var (curated, imported) in Curated.Policies!.Zip(Imported.Policies!))
        {
            Assert.Equal(curated.Text, imported.Text);
            Assert.Equal((curated.Section, curated.Dimension, curated.Assessment), (imported.Section, imported.Dimension, imported.Assessment));
            Assert.Equal(curated.Footnotes, imported.Footnotes);
        }
    }

    [Fact]
    public void Every_note_has_the_curated_text_and_urls()
    {
        Assert.Equal(Curated.Footnotes!.Select(n => (n.Section, n.Number)), Imported.Footnotes!.Select(n => (n.Section, n.Number)));
        foreach (var (curated, imported) in Curated.Footnotes!.Zip(Imported.Footnotes!))
        {
            Assert.Equal(curated.Text, imported.Text);
            Assert.Equal(curated.Urls, imported.Urls);
        }
    }

    [Fact]
    public void Every_key_source_is_split_into_the_curated_fields() =>
        Assert.Equal(Curated.Sources!, Imported.Sources!); // records: every field, in order

    [Fact]
    public void The_ratifications_and_the_covid_answers_are_the_curated_ones()
    {
        Assert.Equal(Curated.Ratifications!, Imported.Ratifications!);
        Assert.Equal(Curated.CovidResponses!.Select(c => (c.Id, c.Text)), Imported.CovidResponses!.Select(c => (c.Id, c.Text)));
        foreach (var (curated, imported) in Curated.CovidResponses!.Zip(Imported.CovidResponses!))
            Assert.Equal(curated.Footnotes, imported.Footnotes);
    }

    [Fact]
    public void The_curatorial_fields_are_left_empty_and_each_record_is_on_the_review_list()
    {
        Assert.All(Imported.Policies!, p => Assert.True(p.Title == "" && p.IndicatorCodes.Count == 0 && p.InstrumentIds.Count == 0, p.Id));
        Assert.All(Imported.CovidResponses!, c => Assert.Equal("", c.Topic));
        var asked = Seed.Value.Report.Review.Select(r => r.Record).ToHashSet();
        Assert.Superset(Imported.Policies!.Select(p => p.Id).Concat(Imported.CovidResponses!.Select(c => c.Id)).ToHashSet(), asked);
        // Each local profile the notes name is asked about: the curated data has one referenced profile per such note.
        var referenced = Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "profiles"), "*.json")
            .Select(f => JsonSerializer.Deserialize(File.ReadAllText(f), SourceJson.Default.ProfileSource)!)
            .Where(p => p.ReferencedBy?.ProfileId == "MEX-2022").Select(p => $"MEX-2022 body note {p.ReferencedBy!.Footnote}").ToHashSet();
        Assert.NotEmpty(referenced);
        Assert.Superset(referenced, asked);
        // The one key source split by a full stop, not brackets, is asked about: "Atlas Nacional de Riesgos. Risk National Map."
        Assert.Contains(Seed.Value.Report.Review, r => r.Record == Curated.Sources!.Single(s => s.EnglishTitle == "Risk National Map").Id);
    }

    [Fact]
    public void Every_skipped_block_has_a_reason_and_a_line_and_the_generic_introduction_is_among_them()
    {
        var skipped = Seed.Value.Report.Skipped;
        Assert.All(skipped, s => Assert.True(s.Line > 0 && s.Reason.Length > 0));
        var seedLines = File.ReadAllLines(RepositoryPaths.SeedProfile);
        var eraLine = Array.FindIndex(seedLines, l => l.StartsWith("In an era of unprecedented mobility", StringComparison.Ordinal)) + 1;
        Assert.Contains(skipped, s => s.Line == eraLine && s.Reason.StartsWith("introduction", StringComparison.Ordinal));
        var tocLine = Array.FindIndex(seedLines, l => l.StartsWith("OBJECTIVE // 6", StringComparison.Ordinal)) + 1;
        Assert.Contains(skipped, s => s.Line == tocLine && s.Reason == "table of contents");
    }

    [Fact]
    public void The_import_command_writes_the_file_once_and_refuses_to_overwrite_it()
    {
        using var set = new ImportedDataSet();
        Assert.Equal(0, set.Import(RepositoryPaths.SeedProfile));
        var written = File.ReadAllText(set.ProfilePath("MEX-2022"));
        Assert.Equal(ImportCommand.ToJson(Imported), written);
        Assert.Contains("review (", set.Output, StringComparison.Ordinal);

        Assert.Equal(1, set.Import(RepositoryPaths.SeedProfile));
        Assert.Contains("exists", set.Error, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(set.ProfilePath("MEX-2022")));
    }
}
