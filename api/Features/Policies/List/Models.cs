using System.ComponentModel.DataAnnotations;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Policies.List;

public sealed class ListPoliciesRequest : FacetedRequest
{
    public const string Route = "/v1/policies";

    /// <summary>Only findings of profiles of this jurisdiction code (e.g. MEX).</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>Only findings of this profile id (e.g. MEX-2022).</summary>
    public string? Profile { get; set; }

    /// <summary>Only findings in this dimension number (1 to 6).</summary>
    [Range(1, 6)]
    public int? Dimension { get; set; }

    /// <summary>well-developed or further-development.</summary>
    [Vocabulary("Assessment", ProfileChecks.WellDeveloped, ProfileChecks.FurtherDevelopment)]
    public string? Assessment { get; set; }

    /// <summary>Only findings tagged with this indicator area code (e.g. d1-education).</summary>
    public string? Indicator { get; set; }

    /// <summary>Only findings that name this instrument id (e.g. mex-migration-law; see /v1/instruments).</summary>
    public string? Instrument { get; set; }

    /// <summary>Full-text search in title and text: every word must match (case and accents ignored).</summary>
    [MaxLength(FullText.MaxLength)]
    public string? Q { get; set; }
}

public sealed class ListPoliciesValidator : Validator<ListPoliciesRequest>
{
    public ListPoliciesValidator()
    {
        Include(new ParameterRules<ListPoliciesRequest>());
        RuleFor(r => r.Q).SearchText("q");
    }
}
