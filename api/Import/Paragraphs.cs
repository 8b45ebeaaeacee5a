namespace Mgi.Api.Import;

/// <summary>A paragraph of running text, joined back when a page break split it, with its first line and markers.</summary>
public sealed record Paragraph(int Line, string Text, IReadOnlyList<int> Markers);

/// <summary>
/// Collects the running paragraphs of one part of the document (the introduction, a findings
/// section, the COVID-19 page), joining a paragraph that a page break (and the page's notes)
/// split: a paragraph that does not end a sentence continues in the next one. The next one opening
/// in lower case is the other sign of a split; when only that sign is there, the join is made and
/// put on the review list.
/// </summary>
public sealed class Paragraphs(ImportReport report, string part)
{
    readonly List<Paragraph> _done = [];
    Paragraph? _open;
    int _openLine;

    public void Add(DocumentBlock block)
    {
        var unfinished = _open is not null && !EndsSentence(_open.Text);
        var continues = _open is not null && block.Text.Length > 0 && char.IsLower(block.Text[0]);
        if (_open is not null && (unfinished || continues))
        {
            if (!unfinished)
                report.Ask($"{part}, lines {_open.Line} and {block.Line}", "the first ends a sentence but the second opens in lower case: joined as one paragraph split by a page break; check");
            _open = new Paragraph(_open.Line, _open.Text + " " + block.Text, [.. _open.Markers, .. block.Markers]);
            _openLine = block.Line;
            return;
        }
        Close();
        _open = new Paragraph(block.Line, block.Text, block.Markers);
        _openLine = block.Line;
    }

    /// <summary>The part's paragraphs; one left unfinished at the part's end is kept and put on the review list.</summary>
    public IReadOnlyList<Paragraph> End()
    {
        if (_open is not null && !EndsSentence(_open.Text))
            report.Ask($"{part}, line {_openLine}", "the paragraph ends without ending a sentence and nothing follows it in its part; check for a lost continuation");
        Close();
        return _done;
    }

    void Close()
    {
        if (_open is not null) _done.Add(_open);
        _open = null;
    }

    /// <summary>A sentence ends with . ! ? or : (closing quotes and brackets after it aside).</summary>
    static bool EndsSentence(string text)
    {
        var end = text.TrimEnd().TrimEnd('”', '"', '’', '\'', ')', ']');
        return end.Length > 0 && ".!?:".Contains(end[^1], StringComparison.Ordinal);
    }
}
