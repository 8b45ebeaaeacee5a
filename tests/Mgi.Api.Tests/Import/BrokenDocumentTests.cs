namespace Mgi.Api.Tests.Import;

/// <summary>
/// A document that departs from the layout stops the import at the line where it departs, saying
/// what was expected there, with exit code 1 and nothing written. Each broken document is the seed
/// with one change.
/// </summary>
public sealed class BrokenDocumentTests : IDisposable
{
    readonly ImportedDataSet _set = new();
    static readonly string Seed = File.ReadAllText(RepositoryPaths.SeedProfile);

    public void Dispose() => _set.Dispose();

    /// <summary>Imports the seed with <paramref name="from"/> replaced; answers the error and the 1-based line where <paramref name="at"/> is in the broken document.</summary>
    (string Error, int Line) ImportBroken(string from, string to, string at)
    {
        Assert.Equal(1, Seed.Split(from).Length - 1);
        var broken = Seed.Replace(from, to, StringComparison.Ordinal);
        var path = Path.Combine(_set.Folder, "broken.md");
        File.WriteAllText(path, broken);
        Assert.Equal(1, _set.Import(path));
        Assert.False(Directory.Exists(Path.Combine(_set.Data, "profiles")) && Directory.EnumerateFileSystemEntries(Path.Combine(_set.Data, "profiles")).Any(), "nothing is written");
        var line = broken[..broken.IndexOf(at, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        return (_set.Error, line);
    }

    [Fact]
    public void A_missing_note_stops_at_the_note_after_the_gap()
    {
        var (error, line) = ImportBroken("<sup>14</sup> See [www.gob.mx/ime", "See [www.gob.mx/ime", "<sup>15</sup> Personal guidance");
        Assert.Contains($"line {line}: note 14 of the body notes (the one after 13), found note 15", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_without_its_note_stops_at_the_paragraph_that_marks_it()
    {
        var (error, line) = ImportBroken("Secretariat of Public Education<sup>14</sup>", "Secretariat of Public Education<sup>99</sup>", "All people in Mexico, including migrants");
        Assert.Contains($"line {line}: a body note 99", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_numbered_for_another_dimension_stops_at_its_heading()
    {
        var (error, line) = ImportBroken("## 2.2. Areas with potential for further development", "## 3.2. Areas with potential for further development", "## 3.2. Areas");
        Assert.Contains($"line {line}: a section of dimension 2 (2.n), not 3.2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratification_row_without_its_answer_stops_at_the_row()
    {
        var (error, line) = ImportBroken("(also known as the Refugee Convention), 1951\tYes (2000)", "(also known as the Refugee Convention), 1951\tRatified in 2000", "United Nations Convention relating to the Status of Refugees");
        Assert.Contains($"line {line}: a row of the ratification table", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_sources_without_their_heading_stop_at_the_first_entry()
    {
        var (error, line) = ImportBroken("# KEY SOURCES\n", "\n", "- 2021 Programa Institucional");
        Assert.Contains($"line {line}: the COVID-19 page's paragraphs and notes, not this listitem", error, StringComparison.Ordinal);
    }
}
