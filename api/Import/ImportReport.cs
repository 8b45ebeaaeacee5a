namespace Mgi.Api.Import;

/// <summary>A block of the document that is not data, and why.</summary>
public sealed record SkippedBlock(int Line, string Reason, string Opening);

/// <summary>A record (or field) a curator must decide on, and why.</summary>
public sealed record ReviewItem(string Record, string Decision);

/// <summary>
/// What an import accounts for besides the profile it writes: every block it skipped, with the
/// reason and line, and every record a curator must review. Nothing is dropped in silence.
/// </summary>
public sealed class ImportReport
{
    readonly List<SkippedBlock> _skipped = [];
    readonly List<ReviewItem> _review = [];

    public IReadOnlyList<SkippedBlock> Skipped => _skipped;
    public IReadOnlyList<ReviewItem> Review => _review;

    public void Skip(DocumentBlock block, string reason) => _skipped.Add(new SkippedBlock(block.Line, reason, block.Opening));

    public void Ask(string record, string decision) => _review.Add(new ReviewItem(record, decision));

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"skipped ({_skipped.Count}): not data, each with its line");
        foreach (var s in _skipped.OrderBy(s => s.Line)) output.WriteLine($"  line {s.Line}: {s.Reason}: {s.Opening}");
        output.WriteLine($"review ({_review.Count}): what a curator must decide before the profile builds");
        foreach (var r in _review) output.WriteLine($"  {r.Record}: {r.Decision}");
    }
}
