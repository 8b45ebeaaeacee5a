using System.ComponentModel;
using System.Text.Json.Serialization;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Jurisdictions.Ratifications;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Profiles;
using License = Mgi.Api.Features.Profiles.License;
using Mgi.Api.Features.Profiles.Summary;
using Mgi.Api.Features.Search.List;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Mcp;

// What the tools answer (their output schemas). Each record is the HTTP API's own record, unchanged,
// with what an agent needs to cite it without a second call.

/// <summary>What every record a tool answers carries: its id, the same record in the HTTP API, and how to cite it.</summary>
public abstract class CitedRecord
{
    [Description("The record's id in the HTTP API.")]
    [JsonPropertyOrder(-4)]
    public required string Id { get; init; }
    [Description("The URL of the same record in the HTTP API (JSON).")]
    [JsonPropertyOrder(-3)]
    public required string Url { get; init; }
    [Description("The citation the record's MGI profile requires, verbatim: give it with any text quoted from the record.")]
    [JsonPropertyOrder(-2)]
    public required string? Citation { get; init; }
    [Description("The licence the profile's content is published under.")]
    [JsonPropertyOrder(-1)]
    public required License? License { get; init; }
}

[Description("One finding of an MGI profile.")]
public sealed class FindingRecord : CitedRecord
{
    [Description("The finding as GET /v1/policies/{id} answers it: text verbatim from the profile, its notes (footnotes) verbatim with their URLs; title written by the curators.")]
    public required Policy Finding { get; init; }
    [Description("The name of the dimension the finding is assessed under.")]
    public required string DimensionName { get; init; }
    [Description("What the assessment means, in the profile's own headings.")]
    public required string AssessmentMeaning { get; init; }
    [Description("The laws, programmes and other instruments the finding names, in the order of the text (the records are the curators').")]
    public required IReadOnlyList<InstrumentLink> Instruments { get; init; }
}

[Description("An instrument a finding names.")]
public sealed class InstrumentLink
{
    [Description("The instrument's id (get_instrument).")]
    public required string Id { get; init; }
    [Description("Its canonical name (the curators').")]
    public required string Name { get; init; }
    [Description("The same instrument in the HTTP API.")]
    public required string Url { get; init; }
}

[Description("A search hit: a finding, COVID-19 answer, key source or note, with the passage that matched.")]
public sealed class HitRecord : CitedRecord
{
    [Description("The hit as GET /v1/search answers it.")]
    public required SearchHit Hit { get; init; }
}

[Description("The hits of a search, ranked, one page.")]
public sealed class SearchResult
{
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    [Description("Hits over all pages (exact).")]
    public required int Total { get; init; }
    public required int TotalPages { get; init; }
    public required IReadOnlyList<HitRecord> Hits { get; init; }
}

[Description("A page of findings under the filters given.")]
public sealed class FindingsPage
{
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    [Description("Findings matching the filters, over all pages.")]
    public required int Total { get; init; }
    public required int TotalPages { get; init; }
    public required IReadOnlyList<FindingRecord> Findings { get; init; }
    [Description("Only when facet is given: per filter named, each value with the total the list would have with that filter set to it.")]
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Facets { get; init; }
}

[Description("An MGI profile at a glance.")]
public sealed class ProfileRecord : CitedRecord
{
    [Description("The publication's title, as printed.")]
    public required string Title { get; init; }
    [Description("The counts as GET /v1/profiles/{id}/summary answers them.")]
    public required ProfileSummary Summary { get; init; }
    [Description("The six dimensions' names, by number.")]
    public required IReadOnlyList<DimensionName> DimensionNames { get; init; }
}

public sealed class DimensionName
{
    public required int Number { get; init; }
    public required string Name { get; init; }
}

[Description("An instrument and the findings that name it.")]
public sealed class InstrumentRecord : CitedRecord
{
    [Description("The instrument as GET /v1/instruments/{id} answers it (the record is the curators'; its aliases are the findings' words).")]
    public required Instrument Instrument { get; init; }
    [Description("The findings that name it, whole.")]
    public required IReadOnlyList<FindingRecord> Findings { get; init; }
}

[Description("One jurisdiction's status for one convention, as a profile records it; its id is the convention's code.")]
public sealed class RatificationRecord : CitedRecord
{
    [Description("The ratification as GET /v1/jurisdictions/{code}/ratifications lists it.")]
    public required Ratification Ratification { get; init; }
    [Description("The convention in the HTTP API.")]
    public required string ConventionUrl { get; init; }
}

[Description("The ratifications that apply to a jurisdiction (a state's are its country's).")]
public sealed class RatificationsList
{
    [Description("The jurisdiction asked for.")]
    public required string JurisdictionCode { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<RatificationRecord> Ratifications { get; init; }
}
