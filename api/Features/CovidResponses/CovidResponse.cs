using Mgi.Api.DataSet;

namespace Mgi.Api.Features.CovidResponses;

/// <summary>One answer of a profile's COVID-19 module, verbatim.</summary>
public sealed class CovidResponse
{
    /// <summary>Profile id and sequence, e.g. MEX-2022-covid-01.</summary>
    public required string Id { get; init; }
    public required string ProfileId { get; init; }
    public required string JurisdictionCode { get; init; }
    /// <summary>What the answer is about, e.g. border-closure, vaccination.</summary>
    public required string Topic { get; init; }
    public required string Text { get; init; }
    /// <summary>The notes of the COVID-19 page whose markers appear in the answer.</summary>
    public required IReadOnlyList<InlineFootnote> Footnotes { get; init; }
}
