using Mgi.Api.Data;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Index.Root;

/// <summary>
/// GET /: the site's root answers API clients with the index of /v1 (a browser's page belongs to
/// the explorer). Not an operation of the contract: the contract describes /v1, where the same index is.
/// </summary>
public sealed class Endpoint(Resources resources, Database database) : EndpointWithoutRequest<ApiIndex>
{
    public override void Configure()
    {
        Get(Http.ApiPaths.Root);
        AllowAnonymous();
        Description(b => b.ExcludeFromDescription());
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(ApiIndex.For(HttpContext.Request, resources, database), ct);
}
