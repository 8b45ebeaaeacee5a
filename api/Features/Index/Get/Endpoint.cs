using Mgi.Api.Data;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Index.Get;

/// <summary>GET /v1: the API's index of links.</summary>
public sealed class Endpoint(Resources resources, Database database) : EndpointWithoutRequest<ApiIndex>
{
    public override void Configure()
    {
        Get(Http.ApiPaths.V1);
        AllowAnonymous();
        Description(b => b.WithName("GetIndex").WithTags("Meta").ClearDefaultProduces(400).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "List the API's routes";
            s.Description = "Where an API client starts: links to every list, search, the meta and catalogue documents, the downloads, " +
                "the OpenAPI contract, Swagger UI and the health probes, as absolute URLs on the host the request was made to, and the version of the data set being served. " +
                "The site's root, /, answers API clients the same.";
            s.Responses[200] = "The index of links.";
            s.Responses[400] = "A query parameter (this operation takes none).";
        });
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(ApiIndex.For(HttpContext.Request, resources, database), ct);
}
