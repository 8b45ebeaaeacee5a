using Mgi.Api.Contract;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Profiles.Summary;

public sealed class GetProfileSummaryRequest
{
    public const string Route = "/v1/profiles/{id}/summary";

    /// <summary>The profile id, e.g. MEX-2022.</summary>
    public string Id { get; set; } = "";

    /// <summary>The 404's detail for an id that matches nothing: the API's, and its explorer page's.</summary>
    public static string NoSuchId(string id) => $"No profile has the id '{id}'.";
}

/// <summary>
/// A profile at a glance: the numbers a portal shows, each equal to the total of a list route
/// filtered by the profile (named on each field). Derived from the records when asked, never typed in.
/// </summary>
public sealed class ProfileSummary
{
    /// <summary>The profile's id, e.g. MEX-2022.</summary>
    public required string ProfileId { get; init; }
    /// <summary>complete when the profile's findings are loaded; referenced when only the publication is known (then every count is 0).</summary>
    [Vocabulary("DataStatus", ProfileChecks.Complete, ProfileChecks.Referenced)]
    public required string DataStatus { get; init; }
    /// <summary>Every dimension, by number, with its findings by assessment (/v1/policies?profile=…&amp;dimension=…&amp;assessment=…).</summary>
    public required IReadOnlyList<DimensionSummary> Dimensions { get; init; }
    /// <summary>Conventions of the ratification table the profile records as ratified.</summary>
    public required int ConventionsRatified { get; init; }
    /// <summary>Conventions of the ratification table the profile records as not ratified.</summary>
    public required int ConventionsNotRatified { get; init; }
    /// <summary>Answers of the COVID-19 module (/v1/covid-responses?profile=…).</summary>
    public required int CovidResponses { get; init; }
    /// <summary>Numbered notes, body and COVID-19 page (/v1/footnotes?profile=…).</summary>
    public required int Footnotes { get; init; }
    /// <summary>Entries of the key sources (/v1/sources?profile=…).</summary>
    public required int Sources { get; init; }
    /// <summary>Instruments the findings and COVID-19 answers name (/v1/instruments?profile=…).</summary>
    public required int Instruments { get; init; }
}

/// <summary>One dimension's findings in a profile, by assessment.</summary>
public sealed class DimensionSummary
{
    /// <summary>The dimension number, 1 to 6.</summary>
    public required int Number { get; init; }
    /// <summary>Findings under "examples of well-developed areas".</summary>
    public required int WellDeveloped { get; init; }
    /// <summary>Findings under "areas with potential for further development".</summary>
    public required int FurtherDevelopment { get; init; }
}
