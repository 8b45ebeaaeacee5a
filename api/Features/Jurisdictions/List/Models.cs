using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Jurisdictions.List;

public sealed class ListJurisdictionsRequest : FacetedRequest
{
    public const string Route = "/v1/jurisdictions";

    /// <summary>Only jurisdictions of this level: national or subnational.</summary>
    [Vocabulary("JurisdictionLevel", Catalogue.National, Catalogue.Subnational)]
    public string? Level { get; set; }

    /// <summary>Only the subnational units of this country code (e.g. MEX).</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Parent { get; set; }
}

public sealed class ListJurisdictionsValidator : Validator<ListJurisdictionsRequest>
{
    public ListJurisdictionsValidator()
    {
        Include(new ParameterRules<ListJurisdictionsRequest>());
    }
}
