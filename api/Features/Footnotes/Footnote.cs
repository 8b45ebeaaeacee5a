namespace Mgi.Api.Features.Footnotes;

/// <summary>A numbered note of a profile.</summary>
public sealed class Footnote
{
    /// <summary>Profile id, section and number, e.g. MEX-2022-body-13.</summary>
    public required string Id { get; init; }
    public required string ProfileId { get; init; }
    /// <summary>body or covid: the COVID-19 page numbers its notes separately.</summary>
    public required string Section { get; init; }
    public required int Number { get; init; }
    /// <summary>The note, verbatim.</summary>
    public required string Text { get; init; }
    /// <summary>The links the note gives, in order.</summary>
    public required IReadOnlyList<string> Urls { get; init; }
}
