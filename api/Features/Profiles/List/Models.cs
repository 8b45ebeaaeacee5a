namespace Mgi.Api.Features.Profiles.List;

public sealed class ListProfilesRequest : PagedRequest
{
    public const string Route = "/v1/profiles";

    /// <summary>Only the profiles of this jurisdiction code (e.g. MEX, MX-CHH).</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>Only profiles of this assessment year.</summary>
    public int? Year { get; set; }

    /// <summary>complete or referenced.</summary>
    public string? DataStatus { get; set; }
}

public sealed class ListProfilesValidator : Validator<ListProfilesRequest>
{
    public ListProfilesValidator()
    {
        Include(new PagingRules());
        RuleFor(r => r.Year).InclusiveBetween(1900, 2999).OverridePropertyName("year").WithMessage("year must be a four-digit year.");
        RuleFor(r => r.DataStatus).OneOfWhenGiven("dataStatus", DataSet.ProfileChecks.DataStatuses);
    }
}
