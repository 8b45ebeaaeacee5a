using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Jurisdictions.Ratifications;

public sealed class ListRatificationsRequest : PagedRequest
{
    public const string Route = "/v1/jurisdictions/{code}/ratifications";

    /// <summary>The jurisdiction code. Ratifications are national: a state shows its country's.</summary>
    public string Code { get; set; } = "";

    /// <summary>The 404's detail for a code that matches nothing: the API's, and the MCP tool's.</summary>
    public static string NoSuchCode(string code) => $"No jurisdiction has the code '{code}'.";
}

public sealed class ListRatificationsValidator : Validator<ListRatificationsRequest>
{
    public ListRatificationsValidator() => Include(new ParameterRules<ListRatificationsRequest>());
}

/// <summary>One jurisdiction's status for one convention, as a profile records it.</summary>
public sealed class Ratification
{
    /// <summary>The convention, by its code (e.g. icrmw-1990), as in /v1/conventions.</summary>
    [Hxl("#meta+convention+code")]
    public required string ConventionCode { get; init; }
    /// <summary>The convention's name, as the profile's table prints it.</summary>
    [Hxl("#meta+convention+name")]
    public required string ConventionName { get; init; }
    /// <summary>The country whose ratification this is (for a state: its country).</summary>
    [Hxl("#country+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>True when the country has ratified the convention.</summary>
    [Hxl("#status+ratified")]
    public required bool Ratified { get; init; }
    /// <summary>The year of ratification; null when not ratified.</summary>
    [Hxl("#date+year+ratified")]
    public int? Year { get; init; }
    /// <summary>The profile that records this status.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
}
