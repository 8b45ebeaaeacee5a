using System.Text.Json;
using Mgi.Api.Tests.Build;

namespace Mgi.Api.Tests.Reliability;

/// <summary>
/// Each request is logged once on stdout, as the operator's log collector reads it: a text line by
/// default, a JSON object per line with <c>Mgi:LogFormat=json</c>; an unknown format stops start-up.
/// </summary>
public sealed class RequestLogTests : IDisposable
{
    readonly SourceCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    static async Task GetAsync(ServiceProcess service, string pathAndQuery, string requestId)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{service.Port}{pathAndQuery}");
        request.Headers.Add("X-Request-Id", requestId);
        using var response = await http.SendAsync(request);
    }

    [Fact]
    public async Task A_request_is_one_text_line_with_method_path_query_status_duration_and_ids()
    {
        using var service = new ServiceProcess(_copy);
        Assert.True(await service.ReadyAsync(), "the service did not become ready");
        foreach (var (path, id) in new[] { ("/v1/policies?dimension=2&pageSize=3", "text-log-1"), ("/v1/policies?dimension=2&pageSize=3", "text-log-2"), ("/v1/policies/nope", "text-log-3") })
            await GetAsync(service, path, id);

        foreach (var id in new[] { "text-log-1", "text-log-2", "text-log-3" })
            Assert.NotNull(await service.WaitForLineAsync(l => l.Contains($"(request {id},", StringComparison.Ordinal)));
        var lines = service.OutputLines.Where(l => l.Contains("(request text-log-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lines.Length); // one per request, the stored replay included
        // Logged when each request's pipeline ends, which may come after the client has its response
        // and sent the next request: lines are found by request id, not by position.
        string Line(string id) => Assert.Single(lines, l => l.Contains($"(request {id},", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}Z INF Mgi\.Api\.RequestLog: GET /v1/policies\?dimension=2&pageSize=3 -> 200 in \d+\.\d{3} ms \(request text-log-1, data set [0-9a-f]{16}\)$", Line("text-log-1"));
        Assert.Contains("GET /v1/policies?dimension=2&pageSize=3 -> 200 in ", Line("text-log-2"), StringComparison.Ordinal);
        Assert.Contains("GET /v1/policies/nope -> 404 in ", Line("text-log-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_json_format_a_request_is_one_json_object_per_line_with_named_fields()
    {
        using var service = new ServiceProcess(_copy, environment: new Dictionary<string, string> { ["Mgi__LogFormat"] = "json" });
        Assert.True(await service.ReadyAsync(), "the service did not become ready");
        await GetAsync(service, "/v1/sources?profile=MEX-2022&pageSize=2", "json-log-1");

        var line = await service.WaitForLineAsync(l => l.Contains("json-log-1", StringComparison.Ordinal));
        Assert.NotNull(line);
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        Assert.Equal("Information", root.GetProperty("LogLevel").GetString());
        Assert.Equal("Mgi.Api.RequestLog", root.GetProperty("Category").GetString());
        Assert.Equal("GET", root.GetProperty("method").GetString());
        Assert.Equal("/v1/sources", root.GetProperty("path").GetString());
        Assert.Equal("?profile=MEX-2022&pageSize=2", root.GetProperty("query").GetString());
        Assert.Equal(200, root.GetProperty("statusCode").GetInt32());
        Assert.True(root.GetProperty("durationMs").GetDouble() >= 0);
        Assert.Equal("json-log-1", root.GetProperty("requestId").GetString());
        Assert.Matches("^[0-9a-f]{16}$", root.GetProperty("datasetVersion").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("Timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        // Every line is JSON, the framework's own events too.
        Assert.All(service.OutputLines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public async Task An_mcp_call_is_logged_with_the_tool_it_called_in_both_formats()
    {
        const string Call = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_finding","arguments":{"id":"MEX-2022-4.2-04"}}}""";
        foreach (var format in new[] { "text", "json" })
        {
            using var service = new ServiceProcess(_copy, environment: new Dictionary<string, string> { ["Mgi__LogFormat"] = format });
            Assert.True(await service.ReadyAsync(), "the service did not become ready");
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{service.Port}/mcp")
            {
                Content = new StringContent(Call, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Accept", "application/json, text/event-stream");
            request.Headers.Add("X-Request-Id", $"mcp-log-{format}");
            using var response = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

            var line = await service.WaitForLineAsync(l => l.Contains($"mcp-log-{format}", StringComparison.Ordinal));
            Assert.NotNull(line);
            if (format == "text")
            {
                Assert.Matches(@"RequestLog: POST /mcp -> 200 in \d+\.\d{3} ms \(tool get_finding; request mcp-log-text, data set [0-9a-f]{16}\)$", line);
                continue;
            }
            using var entry = JsonDocument.Parse(line);
            Assert.Equal("tool get_finding", entry.RootElement.GetProperty("note").GetString());
            Assert.Equal("/mcp", entry.RootElement.GetProperty("path").GetString());
        }
    }

    [Fact]
    public async Task An_unknown_log_format_stops_start_up_with_a_clear_error()
    {
        using var service = new ServiceProcess(_copy, environment: new Dictionary<string, string> { ["Mgi__LogFormat"] = "xml" });
        var (code, error, _) = await service.ExitAsync();
        Assert.Equal(1, code);
        Assert.Contains("mgi-api: cannot start: Mgi:LogFormat must be 'text' or 'json'; 'xml' is not.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
