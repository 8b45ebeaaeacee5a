using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.CovidResponses;

/// <summary>One answer of a profile's COVID-19 module, verbatim.</summary>
public sealed class CovidResponse
{
    /// <summary>Profile id and sequence, e.g. MEX-2022-covid-01.</summary>
    [Hxl("#meta+covid+id")]
    public required string Id { get; init; }
    /// <summary>The profile the answer is from, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>The jurisdiction of that profile, e.g. MEX.</summary>
    [Hxl("#country+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>Curatorial: what the answer is about, a topic code of ours, e.g. border-closure, vaccination.</summary>
    [Hxl("#meta+covid+topic")]
    public required string Topic { get; init; }
    /// <summary>The answer, verbatim from the profile's COVID-19 page (footnote markers removed; see footnotes).</summary>
    [Hxl("#description+covid")]
    public required string Text { get; init; }
    /// <summary>The notes of the COVID-19 page whose markers appear in the answer.</summary>
    [Hxl("#meta+footnote+num+list")]
    public required IReadOnlyList<InlineFootnote> Footnotes { get; init; }
    /// <summary>The ids of the plans, protocols and other instruments the answer names (/v1/instruments/{id}), in the order of the text. Curatorial: the links are ours; each instrument's aliases are the names as written.</summary>
    [Hxl("#meta+instrument+id+list")]
    public required IReadOnlyList<string> InstrumentIds { get; init; }
}
