namespace Mgi.Api.Import;

/// <summary>
/// The document departs from the layout of an MGI profile: the import stops here, naming the line
/// and what the layout expected there, and writes nothing.
/// </summary>
public sealed class LayoutException(int line, string expected)
    : Exception($"line {line}: {expected}")
{
    public int Line { get; } = line;
}
