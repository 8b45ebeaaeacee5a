using System.Text.Json.Nodes;
using Mgi.Api.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSwag;

namespace Mgi.Api.Tests.Contract;

/// <summary>
/// The contract's examples stay true against the served data: every parameter and every JSON or
/// CSV 200 has one (a file has none); each parameter example, alone and with all of its operation's others (as Swagger UI's
/// Try it out sends them), answers 200 with results; each 200 example is valid against its schema
/// (under OpenAPI 3.0.3, as StrictContractTests checks) and is what the service answers now to the
/// request it was captured from (a CSV: its header and first row), but for what each start's build
/// changes (its time, the built files' sizes). When the data changes: dotnet run --project api -- openapi.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class ExampleTests(ApiFactory api)
{
    static readonly string ContractPath = Path.Combine(RepositoryPaths.Root, "openapi.json");

    static async Task<List<(string Path, OpenApiOperation Operation)>> Operations() =>
        (await OpenApiDocument.FromFileAsync(ContractPath)).Paths.SelectMany(p => p.Value.Values.Select(o => (p.Key, o))).ToList();

    [Fact]
    public async Task Every_parameter_and_every_json_or_csv_200_of_the_contract_has_an_example()
    {
        foreach (var (path, operation) in await Operations())
        {
            foreach (var parameter in operation.Parameters)
                Assert.True(parameter.Example is not null, $"{operation.OperationId}: {parameter.Name} has no example");
            foreach (var (mediaType, media) in operation.Responses["200"].Content.Where(c => c.Key.EndsWith("json", StringComparison.Ordinal) || c.Key == "text/csv"))
                Assert.True(media.Example is not null, $"{operation.OperationId}: 200 {mediaType} has no example");
        }
    }

    [Fact]
    public async Task Each_parameter_example_alone_and_with_its_operations_others_answers_200_with_results()
    {
        var client = api.CreateClient();
        var failures = new List<string>();
        foreach (var (path, operation) in await Operations())
        {
            var required = Examples.Url(path, operation, requiredOnly: true);
            var urls = new List<string> { Examples.Url(path, operation, requiredOnly: false) };
            foreach (var parameter in operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Query && !p.IsRequired))
            {
                var one = Examples.Url(path, new OpenApiOperation { Parameters = { parameter } }, requiredOnly: false);
                urls.Add(required + (required.Contains('?', StringComparison.Ordinal) ? "&" : "?") + one[(one.IndexOf('?', StringComparison.Ordinal) + 1)..]);
            }
            foreach (var url in urls.Distinct())
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                if ((int)response.StatusCode != 200) failures.Add($"{operation.OperationId} GET {url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 200)]}");
                else if (response.Content.Headers.ContentType?.MediaType == "application/json" && JsonNode.Parse(body) is JsonObject page && page["total"] is { } total && (int)total == 0)
                    failures.Add($"{operation.OperationId} GET {url}: no results");
                else if (body.Length == 0) failures.Add($"{operation.OperationId} GET {url}: empty");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Each_response_example_is_valid_against_its_schema_and_what_the_service_answers_now()
    {
        _ = api.Server;
        var contract31 = await StrictContractTests.ContractAsOpenApi31();
        var committed = JsonNode.Parse(File.ReadAllText(ContractPath))!;
        var client = api.CreateClient();
        // The host the examples were captured at: the service's configured address (ResponseExamples).
        client.DefaultRequestHeaders.Host = new Uri(api.Services.GetRequiredService<IConfiguration>()["Urls"]!.Split(';')[0]).Authority;
        var failures = new List<string>();
        foreach (var (path, operation) in await Operations())
        {
            foreach (var (mediaType, _) in operation.Responses["200"].Content)
            {
                using var request = ResponseExamples.Request(path, operation, mediaType);
                if (request is null) continue; // a file
                var example = committed["paths"]![path]!["get"]!["responses"]!["200"]!["content"]![mediaType]!["example"]!;
                using var response = await client.SendAsync(request);
                var live = await response.Content.ReadAsStringAsync();
                if (mediaType == "text/csv")
                {
                    if (ResponseExamples.FirstRows(live) != (string)example!)
                        failures.Add($"{operation.OperationId}: the CSV example is not how GET {request.RequestUri} begins now; run dotnet run --project api -- openapi");
                    continue;
                }
                var schema = StrictContractTests.Schema(contract31, contract31["paths"]![path]!["get"]!["responses"]!["200"]!["content"]![mediaType]!["schema"]!);
                if (StrictContractTests.Errors(schema, example.ToJsonString()) is { } errors) failures.Add($"{operation.OperationId} {mediaType} example: {errors}");
                if (FirstDifference(example, JsonNode.Parse(live), "") is { } difference)
                    failures.Add($"{operation.OperationId}: the {mediaType} example is not what GET {request.RequestUri} answers now ({difference}); run dotnet run --project api -- openapi");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// What the build of the database and the downloads at start-up makes differ from one start to the
    /// next: its time (meta, the catalogue's dct:modified) and the sizes of the files built then.
    /// </summary>
    static readonly HashSet<string> BuildValues = ["builtAt", "dct:modified", "dcat:byteSize"];

    /// <summary>Where two JSON values first differ (a JSON Pointer and both values), or null when equal but for <see cref="BuildValues"/>.</summary>
    static string? FirstDifference(JsonNode? expected, JsonNode? actual, string at)
    {
        if (expected is JsonObject e && actual is JsonObject a)
            return e.Select(p => p.Key).Union(a.Select(p => p.Key)).Where(k => !BuildValues.Contains(k) || !e.ContainsKey(k) || !a.ContainsKey(k))
                .Select(k => FirstDifference(e[k], a[k], $"{at}/{k}")).FirstOrDefault(d => d is not null);
        if (expected is JsonArray ea && actual is JsonArray aa && ea.Count == aa.Count)
            return ea.Select((item, i) => FirstDifference(item, aa[i], $"{at}/{i}")).FirstOrDefault(d => d is not null);
        return JsonNode.DeepEquals(expected, actual) ? null : $"{at}: {expected?.ToJsonString()} in the example, {actual?.ToJsonString()} now";
    }
}
