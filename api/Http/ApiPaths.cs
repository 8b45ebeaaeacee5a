namespace Mgi.Api.Http;

/// <summary>The service's path prefixes, named once: the middleware decides by them.</summary>
public static class ApiPaths
{
    /// <summary>The site's root: the index of links for API clients (a browser's page, once the explorer serves it).</summary>
    public const string Root = "/";

    /// <summary>The API: every resource route is under it; itself, the index of links.</summary>
    public const string V1 = "/v1";

    /// <summary>Whole-data-set files: sent with their own validators and Range support, never stored.</summary>
    public const string Downloads = V1 + "/downloads";

    /// <summary>Liveness and readiness probes: never rate limited, never given cache validators.</summary>
    public const string Health = "/health";

    /// <summary>Liveness: the process answers.</summary>
    public const string Live = Health + "/live";

    /// <summary>Readiness: the database is open and answering.</summary>
    public const string Ready = Health + "/ready";

    /// <summary>The explorer: HTML pages mirroring /v1, with a document's security headers; stored and validated like the API.</summary>
    public const string Explore = "/explore";

    /// <summary>
    /// The Model Context Protocol endpoint (Streamable HTTP): JSON-RPC POSTs, the one place that takes
    /// a request body; never stored, never given validators.
    /// </summary>
    public const string Mcp = "/mcp";

    /// <summary>Swagger UI: an HTML application with its own security headers.</summary>
    public const string Swagger = "/swagger";
}
