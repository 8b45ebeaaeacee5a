using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Footnotes;

/// <summary>A numbered note of a profile.</summary>
public sealed class Footnote
{
    /// <summary>Profile id, section and number, e.g. MEX-2022-body-13.</summary>
    [Hxl("#meta+footnote+id")]
    public required string Id { get; init; }
    /// <summary>The profile the note is from, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>body or covid: the COVID-19 page numbers its notes separately.</summary>
    [Hxl("#meta+footnote+section"), Vocabulary("FootnoteSection", ProfileChecks.Body, ProfileChecks.Covid)]
    public required string Section { get; init; }
    /// <summary>The note's number as printed, within its section.</summary>
    [Hxl("#meta+footnote+num")]
    public required int Number { get; init; }
    /// <summary>The note, verbatim.</summary>
    [Hxl("#description+footnote")]
    public required string Text { get; init; }
    /// <summary>The links the note gives, in order.</summary>
    [Hxl("#meta+footnote+url+list")]
    public required IReadOnlyList<string> Urls { get; init; }
}
