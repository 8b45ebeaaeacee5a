using Mgi.Api.Contract;
using Mgi.Api.Data;
using Mgi.Api.Http;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Index;

/// <summary>Where everything is: the links an API client starts from, and the version of the data set being served.</summary>
public sealed class ApiIndex
{
    /// <summary>The service's name.</summary>
    public required string Title { get; init; }
    /// <summary>The version of the data set being served, as in every response's X-Dataset-Version header and in /v1/meta.</summary>
    public required string DatasetVersion { get; init; }
    /// <summary>The service's documents, downloads, search and probes, as absolute URLs.</summary>
    public required IndexLinks Links { get; init; }
    /// <summary>
    /// Every list route, by resource (named as /v1/meta counts them), as an absolute URL: each is
    /// paged (page, pageSize), takes its filters, and answers CSV to format=csv.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Lists { get; init; }

    /// <summary>The index for <paramref name="request"/>'s scheme and host (as the Link headers of the lists are).</summary>
    public static ApiIndex For(HttpRequest request, Resources resources, Database database)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new ApiIndex
        {
            Title = OpenApi.Title,
            DatasetVersion = database.DatasetVersion,
            Links = new IndexLinks
            {
                Self = origin + ApiPaths.V1,
                OpenApi = origin + Contract.OpenApi.ContractPath,
                SwaggerUi = origin + ApiPaths.Swagger,
                Explorer = origin + ApiPaths.Explore,
                Mcp = origin + ApiPaths.Mcp,
                Catalog = origin + Catalog.Get.Endpoint.Route,
                Meta = origin + Meta.Get.GetMetaRequest.Route,
                Search = origin + Search.List.SearchRequest.Route + "{?q}",
                Sqlite = origin + Downloads.Sqlite.Endpoint.Route,
                DataPackage = origin + Downloads.DataPackage.Endpoint.Route,
                HealthLive = origin + ApiPaths.Live,
                HealthReady = origin + ApiPaths.Ready,
            },
            Lists = resources.All.Where(r => r.ListPath is not null).ToDictionary(r => r.JsonName, r => origin + r.ListPath),
        };
    }
}

/// <summary>The index's links, each an absolute URL.</summary>
public sealed class IndexLinks
{
    /// <summary>This index (also answered at the site's root, /, to API clients).</summary>
    public required string Self { get; init; }
    /// <summary>The OpenAPI contract of the API.</summary>
    public required string OpenApi { get; init; }
    /// <summary>Swagger UI: the contract to read and try in a browser.</summary>
    public required string SwaggerUi { get; init; }
    /// <summary>The explorer: the same data as HTML pages for analysts (a profile at a glance, findings with facets, search).</summary>
    public required string Explorer { get; init; }
    /// <summary>The Model Context Protocol endpoint (Streamable HTTP, POST JSON-RPC) for AI assistants: read-only tools whose results carry ids, API URLs, citation and licence.</summary>
    public required string Mcp { get; init; }
    /// <summary>The data set as a DCAT-AP catalogue (JSON-LD).</summary>
    public required string Catalog { get; init; }
    /// <summary>The data set's version, build time, record counts, and each profile's citation and licence.</summary>
    public required string Meta { get; init; }
    /// <summary>Full-text search, as an RFC 6570 URI template: fill in q.</summary>
    public required string Search { get; init; }
    /// <summary>The whole data set as one SQLite file.</summary>
    public required string Sqlite { get; init; }
    /// <summary>The whole data set as a Frictionless Data Package (zip of CSVs).</summary>
    public required string DataPackage { get; init; }
    /// <summary>Liveness probe: 200 while the process answers.</summary>
    public required string HealthLive { get; init; }
    /// <summary>Readiness probe: 200 while the database is open and answering.</summary>
    public required string HealthReady { get; init; }
}
