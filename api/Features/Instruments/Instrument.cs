using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Instruments;

/// <summary>
/// A law, regulation, programme, plan, agreement or bill that findings or COVID-19 answers name: one
/// record however many names they use for it. Curatorial: the record, its id, canonical name and kind
/// are ours; its aliases are the names as written in the findings, verbatim.
/// </summary>
public sealed class Instrument
{
    /// <summary>Curatorial: a slug, e.g. mex-migration-law.</summary>
    [Hxl("#meta+instrument+id")]
    public required string Id { get; init; }
    /// <summary>Curatorial: the canonical name (the key source's English title where there is one).</summary>
    [Hxl("#meta+instrument+name")]
    public required string Name { get; init; }
    /// <summary>Every name the findings use for it, each verbatim as written in at least one of them.</summary>
    [Hxl("#meta+instrument+name+alias+list")]
    public required IReadOnlyList<string> Aliases { get; init; }
    /// <summary>Curatorial: constitution, law, regulation, programme, plan, agreement, bill (a law not yet adopted) or other.</summary>
    [Hxl("#meta+instrument+type"), Vocabulary("InstrumentKind", InstrumentChecks.Constitution, InstrumentChecks.Law, InstrumentChecks.Regulation,
        InstrumentChecks.Programme, InstrumentChecks.Plan, InstrumentChecks.Agreement, InstrumentChecks.Bill, InstrumentChecks.Other)]
    public required string Kind { get; init; }
    /// <summary>The year of adoption where the profile states it; null when it does not (a year it gives for an amendment or a reform is not the adoption year).</summary>
    [Hxl("#date+year+adopted")]
    public required int? Year { get; init; }
    /// <summary>Where the profile states that the instrument is not (yet) in force, its status in the profile's words, e.g. a bill pending in the Senate, an agreement still being negotiated; null otherwise.</summary>
    [Hxl("#status+instrument")]
    public required string? Status { get; init; }
    /// <summary>Curatorial: the other parties of an agreement, as ISO 3166-1 alpha-3 codes of the countries the profile names (Canada: CAN); empty where it names none.</summary>
    [Hxl("#country+code+counterparty+list")]
    public required IReadOnlyList<string> Counterparties { get; init; }
    /// <summary>Later amendments or reforms the profile states, in the order of their years: the year (and day, where given), what changed in the profile's words, and the finding, COVID-19 answer or note that states it. Curatorial: the records are ours; what they say is the profile's.</summary>
    [Hxl("#meta+instrument+event+list")]
    public required IReadOnlyList<InstrumentEvent> Events { get; init; }
    /// <summary>The jurisdiction whose profiles' findings name it (the Migrant Protection Protocols, named by the Mexico profile, are a United States policy).</summary>
    [Hxl("#country+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>The findings that name it, in the profiles' order.</summary>
    [Hxl("#meta+finding+id+list")]
    public required IReadOnlyList<string> PolicyIds { get; init; }
    /// <summary>The COVID-19 answers that name it, in the profiles' order.</summary>
    [Hxl("#meta+covid+id+list")]
    public required IReadOnlyList<string> CovidResponseIds { get; init; }
    /// <summary>The key sources that are the same document.</summary>
    [Hxl("#meta+source+id+list")]
    public required IReadOnlyList<string> SourceIds { get; init; }
}
