using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Profiles.List;

public sealed class ListProfilesRequest : FacetedRequest
{
    public const string Route = "/v1/profiles";

    /// <summary>Only the profiles of this jurisdiction code (e.g. MEX, MX-CHH).</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Jurisdiction { get; set; }

    /// <summary>Only profiles of this assessment year.</summary>
    [Range(1900, 2999)]
    public int? Year { get; set; }

    /// <summary>complete or referenced.</summary>
    [Vocabulary("DataStatus", ProfileChecks.Complete, ProfileChecks.Referenced)]
    public string? DataStatus { get; set; }
}

public sealed class ListProfilesValidator : Validator<ListProfilesRequest>
{
    public ListProfilesValidator()
    {
        Include(new ParameterRules<ListProfilesRequest>());
    }
}
