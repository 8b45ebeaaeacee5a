using Mgi.Api.Features.Mcp.Tools;
using Mgi.Api.Http;
using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.Server;
using Mgi.Api.Contract;

namespace Mgi.Api.Features.Mcp;

/// <summary>
/// The Model Context Protocol endpoint (/mcp, Streamable HTTP) on the official C# SDK: stateless, so
/// any replica answers any request and nothing is kept between them; read-only tools over the same
/// rendered records and statements as the HTTP API. It sits behind the same middleware as /v1 (rate
/// limit, request log, CORS, query time limit); <see cref="RequestLimits"/> admits its POSTs' bodies.
/// </summary>
public static class McpSetup
{
    public static IServiceCollection AddMcp(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<CitedRecords>();
        services.AddSingleton<ToolRequests>();
        services.AddMcpServer(o =>
            {
                o.ServerInfo = new() { Name = "mgi-open-data", Title = OpenApi.Title, Version = typeof(McpSetup).Assembly.GetName().Version?.ToString(3) ?? "1.0.0" };
                o.ServerInstructions = ToolTexts.Instructions;
            })
            .WithHttpTransport(o => o.SessionMode = HttpServerSessionMode.Stateless)
            .WithTools<FindingTools>(ToolResult.Json)
            .WithTools<ProfileTools>(ToolResult.Json)
            .WithTools<InstrumentTools>(ToolResult.Json)
            .WithRequestFilters(f =>
            {
                f.AddCallToolFilter(NameInRequestLog);
                f.AddCallToolFilter(ToolArguments.Filter);
            });
        services.PostConfigure<McpServerOptions>(ArgumentSchemas.Apply);
        return services;
    }

    /// <summary>The tool called goes on the POST's line of the request log ("tool get_finding"); stateless, so the call runs in that request.</summary>
    static McpRequestHandler<ModelContextProtocol.Protocol.CallToolRequestParams, ModelContextProtocol.Protocol.CallToolResult> NameInRequestLog(
        McpRequestHandler<ModelContextProtocol.Protocol.CallToolRequestParams, ModelContextProtocol.Protocol.CallToolResult> next) =>
        (context, ct) =>
        {
            if (context.Services?.GetService<IHttpContextAccessor>()?.HttpContext is { } http && context.Params?.Name is { } name)
                http.Items[RequestLog.NoteKey] = "tool " + name;
            return next(context, ct);
        };

    /// <summary>Not a REST operation: kept out of the OpenAPI contract (docs/mcp.md describes it).</summary>
    public static WebApplication MapMcpServer(this WebApplication app)
    {
        app.MapMcp(ApiPaths.Mcp).ExcludeFromDescription();
        return app;
    }
}
