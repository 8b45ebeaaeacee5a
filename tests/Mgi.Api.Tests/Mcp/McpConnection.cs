using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Mgi.Api.Tests.Mcp;

/// <summary>The official SDK's MCP client, over Streamable HTTP, on the in-process server's HttpClient.</summary>
public static class McpConnection
{
    public const string Path = "/mcp";

    public static async Task<McpClient> Connect(ApiFactory api)
    {
        var http = api.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, Path), TransportMode = HttpTransportMode.StreamableHttp, Name = "tests" },
            http, NullLoggerFactory.Instance, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, new McpClientOptions { ClientInfo = new() { Name = "mgi-api-tests", Version = "1.0.0" } });
    }

    /// <summary>Calls a tool with arguments given as JSON (so that any JSON type can be sent).</summary>
    public static Task<CallToolResult> Call(this McpClient client, string tool, string argumentsJson = "{}") =>
        client.CallToolAsync(new CallToolRequestParams
        {
            Name = tool,
            Arguments = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(argumentsJson),
        }).AsTask();

    /// <summary>A successful call's structured content.</summary>
    public static async Task<JsonNode> Structured(this McpClient client, string tool, string argumentsJson = "{}")
    {
        var result = await client.Call(tool, argumentsJson);
        Assert.True(result.IsError is not true, $"{tool} {argumentsJson}: {Text(result)}");
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!;
    }

    public static string Text(this CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    /// <summary>The same bytes the API answered, as a node to compare.</summary>
    public static async Task<JsonNode> Api(this HttpClient http, string url) => JsonNode.Parse((await http.Json(url)).GetRawText())!;
}
