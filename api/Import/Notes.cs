using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>
/// The notes of one numbering (the body's, or the COVID-19 page's own): each note in document
/// order one more than the last, each marker answered by a note of its numbering.
/// </summary>
public sealed class Notes(string section)
{
    readonly List<FootnoteSource> _notes = [];
    readonly List<(int Number, int Line)> _markers = [];

    public string Section { get; } = section;
    public IReadOnlyList<FootnoteSource> All => _notes;

    public void Add(DocumentBlock note)
    {
        if (_notes.Count > 0 && note.NoteNumber != _notes[^1].Number + 1)
            throw new LayoutException(note.Line, $"note {_notes[^1].Number + 1} of the {Section} notes (the one after {_notes[^1].Number}), found note {note.NoteNumber}");
        var text = note.Text;
        if (text.Length == 0) throw new LayoutException(note.Line, $"the text of note {note.NoteNumber}");
        _notes.Add(new FootnoteSource(Section, note.NoteNumber, text, note.Urls));
    }

    /// <summary>Remembers the markers of a block, placed or skipped, to check them once all notes are read.</summary>
    public void Mark(DocumentBlock block)
    {
        foreach (var n in block.Markers) _markers.Add((n, block.Line));
    }

    /// <summary>Every marker has its note; a note no marker names goes to the review list.</summary>
    public void Check(ImportReport report, string profileId)
    {
        var numbers = _notes.Select(n => n.Number).ToHashSet();
        foreach (var (number, line) in _markers)
            if (!numbers.Contains(number))
                throw new LayoutException(line, $"a {Section} note {number} for the marker <sup>{number}</sup> here; the document has none");
        var marked = _markers.Select(m => m.Number).ToHashSet();
        foreach (var n in _notes.Where(n => !marked.Contains(n.Number)))
            report.Ask($"{profileId} {Section} note {n.Number}", "no paragraph of the document marks it; kept as a note, check the document");
    }
}
