using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Policies;

/// <summary>
/// One assessed finding of a profile: a paragraph under "examples of well-developed areas" or
/// "areas with potential for further development", verbatim.
/// </summary>
public sealed class Policy
{
    /// <summary>Profile id, section and paragraph, e.g. MEX-2022-1.2-01.</summary>
    [Hxl("#meta+finding+id")]
    public required string Id { get; init; }
    /// <summary>The profile the finding is from, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>The jurisdiction of that profile, e.g. MEX.</summary>
    [Hxl("#country+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>The profile section the finding is printed under, e.g. 1.2.</summary>
    [Hxl("#meta+section")]
    public required string Section { get; init; }
    /// <summary>The dimension the finding is assessed under (1 to 6).</summary>
    [Hxl("#indicator+dimension+num")]
    public required int DimensionNumber { get; init; }
    /// <summary>well-developed or further-development.</summary>
    [Hxl("#status+assessment"), Vocabulary("Assessment", ProfileChecks.WellDeveloped, ProfileChecks.FurtherDevelopment)]
    public required string Assessment { get; init; }
    /// <summary>The indicator areas the finding concerns (may be empty). Curatorial: the tagging is ours, not the profile's.</summary>
    [Hxl("#indicator+code+list")]
    public required IReadOnlyList<string> IndicatorCodes { get; init; }
    /// <summary>Curatorial: a short title written by the curators; not part of the source text.</summary>
    [Hxl("#meta+title")]
    public required string Title { get; init; }
    /// <summary>The finding, verbatim from the profile (footnote markers removed; see footnotes).</summary>
    [Hxl("#description+finding")]
    public required string Text { get; init; }
    /// <summary>The ids of the laws, programmes and other instruments the finding names (/v1/instruments/{id}), in the order of the text. Curatorial: the links are ours; each instrument's aliases are the names as written.</summary>
    [Hxl("#meta+instrument+id+list")]
    public required IReadOnlyList<string> InstrumentIds { get; init; }
    /// <summary>The profile's notes whose markers appear in the finding.</summary>
    [Hxl("#meta+footnote+num+list")]
    public required IReadOnlyList<InlineFootnote> Footnotes { get; init; }
}
