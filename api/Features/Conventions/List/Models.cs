using Mgi.Api.Contract;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Conventions.List;

public sealed class ListConventionsRequest : PagedRequest
{
    public const string Route = "/v1/conventions";
}

public sealed class ListConventionsValidator : Validator<ListConventionsRequest>
{
    public ListConventionsValidator() => Include(new ParameterRules<ListConventionsRequest>());
}
