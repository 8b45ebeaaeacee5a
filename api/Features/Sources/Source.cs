using Mgi.Api.Csv;
namespace Mgi.Api.Features.Sources;

/// <summary>One entry of a profile's "Key sources".</summary>
public sealed class Source
{
    /// <summary>Profile id and position, e.g. MEX-2022-src-13.</summary>
    [Hxl("#meta+source+id")]
    public required string Id { get; init; }
    /// <summary>The profile whose key sources list the entry, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>The issuing body, as the heading of its group of entries reads.</summary>
    [Hxl("#org+issuer+name")]
    public required string Issuer { get; init; }
    /// <summary>The year as printed, with its letter where the issuer has several that year (2011a) or n.d.</summary>
    [Hxl("#date+year+key")]
    public required string YearKey { get; init; }
    /// <summary>The year as a number; null for n.d.</summary>
    [Hxl("#date+year")]
    public int? Year { get; init; }
    /// <summary>The title in its original language, as printed.</summary>
    [Hxl("#meta+source+title")]
    public required string Title { get; init; }
    /// <summary>The English translation the entry gives in parentheses, where it gives one.</summary>
    [Hxl("#meta+source+title+i_en")]
    public string? EnglishTitle { get; init; }
    /// <summary>Further descriptive text of the entry (office, press release number), where given.</summary>
    [Hxl("#description+source")]
    public string? Details { get; init; }
    /// <summary>The entry's URL, where it gives one.</summary>
    [Hxl("#meta+source+url")]
    public string? Url { get; init; }
    /// <summary>
    /// The instruments this entry is the document of (/v1/instruments/{id}): those whose sourceIds
    /// name it, in the instruments' order; empty when none does. Derived from the curated instrument
    /// records (ours, not the profile's words).
    /// </summary>
    [Hxl("#meta+instrument+id+list")]
    public required IReadOnlyList<string> InstrumentIds { get; init; }
}
