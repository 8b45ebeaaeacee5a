using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Jurisdictions.Ratifications;
using Mgi.Api.Features.Profiles.Summary;
using Mgi.Api.Features.Sources;

namespace Mgi.Api.Features.Explorer.ProfileGlance;

/// <summary>
/// A profile at a glance: its summary exactly as /v1/profiles/{id}/summary counts it (the chart's
/// and table's numbers), and the records of its lists, read by those lists' own code.
/// </summary>
public sealed record ProfileView(
    Profiles.Profile Profile,
    Jurisdiction? Jurisdiction,
    ProfileSummary Summary,
    IReadOnlyList<Ratification> Ratifications,
    IReadOnlyList<CovidResponse> CovidResponses,
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<Sources.Source> Sources,
    IReadOnlyList<Footnote> Footnotes,
    string JsonLd,
    string Sdk)
{
    public string Twin => $"{Http.ApiPaths.V1}/profiles/{Uri.EscapeDataString(Profile.Id)}/summary";
    public string FindingsCsv => $"{Http.ApiPaths.V1}/policies?profile={Uri.EscapeDataString(Profile.Id)}&format=csv";

    /// <summary>The findings of one dimension and assessment: where a bar or a table cell leads.</summary>
    public string Findings(int dimension, string assessment) =>
        $"/explore/policies?profile={Uri.EscapeDataString(Profile.Id)}&dimension={dimension}&assessment={assessment}";
}
