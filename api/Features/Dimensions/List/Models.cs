using Mgi.Api.Contract;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Dimensions.List;

public sealed class ListDimensionsRequest : PagedRequest
{
    public const string Route = "/v1/dimensions";
}

public sealed class ListDimensionsValidator : Validator<ListDimensionsRequest>
{
    public ListDimensionsValidator() => Include(new ParameterRules<ListDimensionsRequest>());
}
