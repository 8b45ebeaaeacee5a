using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Sources.List;

public sealed class ListSourcesRequest : FacetedRequest
{
    public const string Route = "/v1/sources";

    /// <summary>Only the key sources of this profile id (e.g. MEX-2022).</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>Full-text search in issuer, title, English title and details, read as /v1/search reads q: every word must match (case, accents and English endings ignored), "quoted words" as a phrase, the last word also as the beginning of a word.</summary>
    [MaxLength(TextQuery.MaxLength)]
    public string? Q { get; set; }
}

public sealed class ListSourcesValidator : Validator<ListSourcesRequest>
{
    public ListSourcesValidator()
    {
        Include(new ParameterRules<ListSourcesRequest>());
        RuleFor(r => r.Q).SearchText("q");
    }
}
