using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Mgi.Api.Tests.Mcp;

/// <summary>
/// The contract fuzzer's spirit for the tools: for every tool, seeded calls whose arguments are drawn
/// from its input schema, valid and hostile (wrong JSON types, out of range and huge numbers, values
/// outside the enums, over-long strings, control characters and lone surrogates, FTS and SQL syntax,
/// unknown arguments, nulls). Every answer must be HTTP 200 with a JSON-RPC result (never a protocol
/// error from the server, never a 5xx): a tool error with its reason, or a structured result.
/// Arguments that fit the schema and name known codes must succeed. Knobs: MGI_FUZZ_CASES (calls per
/// tool, default 60), MGI_FUZZ_SEED.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class McpFuzzTests(ApiFactory api, ITestOutputHelper output)
{
    static readonly int CasesPerTool = int.Parse(Environment.GetEnvironmentVariable("MGI_FUZZ_CASES") ?? "60", CultureInfo.InvariantCulture);
    static readonly int Seed = int.Parse(Environment.GetEnvironmentVariable("MGI_FUZZ_SEED") ?? "20261206", CultureInfo.InvariantCulture);

    const int MaxMessageBytes = 16384;

    static readonly string[] HostileStrings =
    [
        "", " ", "\u0000", "a\u0007b\u001bc", "\u2028\u2029", "\ud800", "\udfff x", "é", "MÉXICO", "💥", "'; DROP TABLE policies; --", "' OR 1=1 --",
        "\"unclosed", "migr*", "NEAR(a b)", "a AND OR NOT b", "title:migrant", "(((", "../../etc/passwd", "%00", "<script>alert(1)</script>",
        "MEX-2022-1.2-01\n", "mex-2022-1.2-01", "MEX", "MX-CHH", "mex-migration-law", "d1-education", "dimension,assessment", ",", "dimension,",
    ];

    [Fact]
    public async Task Every_tool_answers_generated_calls_with_a_result_never_a_protocol_error_or_a_5xx()
    {
        var random = new Random(Seed);
        using var http = api.CreateClient();
        var tools = (await Rpc(http, "tools/list", new JsonObject()))["tools"]!.AsArray();
        var known = new Dictionary<string, string[]>
        {
            ["jurisdiction"] = await Codes(http, "/v1/jurisdictions?pageSize=500", "code"),
            ["profile"] = await Codes(http, "/v1/profiles?pageSize=500", "id"),
            ["indicator"] = await Codes(http, "/v1/indicators?pageSize=500", "code"),
            ["instrument"] = await Codes(http, "/v1/instruments?pageSize=500", "id"),
        };
        var ids = new Dictionary<string, string[]>
        {
            ["get_finding"] = await Codes(http, "/v1/policies?pageSize=500", "id"),
            ["get_instrument"] = known["instrument"],
            ["profile_summary"] = known["profile"],
            ["list_ratifications"] = known["jurisdiction"],
        };
        var calls = 0;
        var errors = 0;
        foreach (var tool in tools)
        {
            var name = tool!["name"]!.GetValue<string>();
            var properties = tool["inputSchema"]!["properties"]!.AsObject();
            for (var i = 0; i < CasesPerTool; i++)
            {
                var valid = i % 3 == 0;
                var arguments = new JsonObject();
                foreach (var (argument, schema) in properties)
                {
                    var required = tool["inputSchema"]!["required"]?.AsArray().Any(r => r!.GetValue<string>() == argument) == true;
                    if (!required && random.Next(3) == 0) continue;
                    arguments[argument] = valid ? Valid(random, argument, schema!.AsObject(), name, known, ids) : Hostile(random);
                }
                if (!valid && random.Next(6) == 0) arguments[random.Next(2) == 0 ? "pageSize" : "q\u0000"] = random.Next(100);
                var result = await Rpc(http, "tools/call", new JsonObject { ["name"] = name, ["arguments"] = arguments });
                calls++;
                var isError = result["isError"]?.GetValue<bool>() == true;
                if (isError)
                {
                    errors++;
                    Assert.False(string.IsNullOrWhiteSpace(result["content"]![0]!["text"]!.GetValue<string>()));
                    Assert.DoesNotContain("An error occurred invoking", result["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
                }
                else Assert.IsType<JsonObject>(result["structuredContent"]);
                // A valid call fails only for a page past the last (the schema cannot know the total).
                if (valid && isError)
                    Assert.Contains("past the last page", result["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }
        output.WriteLine($"{calls} calls of {tools.Count} tools (seed {Seed}): {calls - errors} results, {errors} tool errors, no protocol error, no 5xx.");
    }

    static JsonNode? Valid(Random random, string argument, JsonObject schema, string tool, Dictionary<string, string[]> known, Dictionary<string, string[]> ids)
    {
        if (argument is "id" or "jurisdiction" && ids.TryGetValue(tool, out var items)) return Pick(random, items);
        if (known.TryGetValue(argument, out var codes)) return Pick(random, codes);
        if (schema["enum"] is JsonArray values) return values[random.Next(values.Count)]?.DeepClone();
        if (argument == "facet") return Pick(random, ["dimension", "assessment,profile", "indicator"]);
        if (argument == "page") return random.Next(1, 3);
        if (argument == "dimension") return random.Next(1, 7);
        return Pick(random, ["migrants", "remittances", "health care", "\"labour migration\"", "migr", "refugee"]);
    }

    static JsonNode? Hostile(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => random.Next(2) == 0 ? JsonValue.Create(int.MaxValue) : JsonValue.Create(-random.Next(1000)),
        2 => JsonValue.Create(1e300),
        3 => JsonValue.Create(2.5),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 => new JsonArray(JsonValue.Create("MEX"), JsonValue.Create(3)),
        6 => new JsonObject { ["$ne"] = null },
        7 => new string((char)random.Next(32, 0x2FFF), random.Next(400, 3000)),
        _ => Pick(random, HostileStrings),
    };

    static JsonValue Pick(Random random, string[] values) => JsonValue.Create(values[random.Next(values.Length)]);

    static async Task<string[]> Codes(HttpClient http, string url, string field) =>
        [.. (await http.Json(url)).Items().Select(i => i.Str(field))];

    /// <summary>One JSON-RPC request; asserts HTTP 200 and a result (not an error), and answers the result.</summary>
    static async Task<JsonObject> Rpc(HttpClient http, string method, JsonObject parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = method, ["params"] = parameters }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, McpConnection.Path) { Content = new StringContent(message, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // A message over the size bound is the bound's 413, as declared; the call is then not made.
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge && Encoding.UTF8.GetByteCount(message) > MaxMessageBytes)
            return new JsonObject { ["isError"] = true, ["content"] = new JsonArray(new JsonObject { ["text"] = "413" }) };
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{message[..Math.Min(message.Length, 300)]} → {(int)response.StatusCode}: {body}");
        var data = body.Split('\n').Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
        var answer = JsonNode.Parse(data)!.AsObject();
        Assert.True(answer["error"] is null, $"{message[..Math.Min(message.Length, 300)]} → protocol error {answer["error"]}");
        return answer["result"]!.AsObject();
    }
}
