using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Indicators.List;

public sealed class ListIndicatorsRequest : FacetedRequest
{
    public const string Route = "/v1/indicators";

    /// <summary>Only the indicator areas of this dimension number (1 to 6).</summary>
    [Range(1, 6)]
    public int? Dimension { get; set; }
}

public sealed class ListIndicatorsValidator : Validator<ListIndicatorsRequest>
{
    public ListIndicatorsValidator()
    {
        Include(new ParameterRules<ListIndicatorsRequest>());
    }
}
