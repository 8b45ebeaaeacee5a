using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Policies.List;

public sealed class ListPoliciesRequest : FacetedRequest
{
    public const string Route = "/v1/policies";

    /// <summary>Only findings of profiles of this jurisdiction code (e.g. MEX).</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Jurisdiction { get; set; }

    /// <summary>Only findings of this profile id (e.g. MEX-2022).</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>Only findings in this dimension number (1 to 6).</summary>
    [Range(1, 6)]
    public int? Dimension { get; set; }

    /// <summary>well-developed or further-development.</summary>
    [Vocabulary("Assessment", ProfileChecks.WellDeveloped, ProfileChecks.FurtherDevelopment)]
    public string? Assessment { get; set; }

    /// <summary>Only findings tagged with this indicator area code (e.g. d1-education).</summary>
    [KnownCode("indicators", "indicator area")]
    public string? Indicator { get; set; }

    /// <summary>Only findings that name this instrument id (e.g. mex-migration-law; see /v1/instruments).</summary>
    [KnownCode("instruments", "instrument")]
    public string? Instrument { get; set; }

    /// <summary>Full-text search in title and text, read as /v1/search reads q: every word must match (case, accents and English endings ignored), "quoted words" as a phrase, the last word also as the beginning of a word.</summary>
    [MaxLength(TextQuery.MaxLength)]
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
