using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;

namespace Mgi.Api.Tests.Contract;

/// <summary>
/// Every response the service sends, for every operation of the committed openapi.json and every
/// status it can be made to answer (200 on every item and every page, 206 and 416 of the downloads,
/// 304, 400, 404, 406, 413, 414; 429 and 503 on servers configured for them), is declared there and valid against its schema under OpenAPI 3.0.3
/// semantics. Two well-kept libraries, no rule of ours: Microsoft.OpenApi (OpenAPI.NET) reads the
/// contract as OpenAPI 3.0 and writes it as 3.1, turning each Schema Object into JSON Schema 2020-12
/// by the 3.0.3 rules (nullable adds null to the type of its own Schema Object, and means nothing
/// where that object has no type); JsonSchema.Net evaluates the bodies against those schemas.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class StrictContractTests(ApiFactory api)
{
    static readonly string ContractPath = Path.Combine(RepositoryPaths.Root, "openapi.json");
    static int _documents;

    sealed record Call(string Url, int Status, string Why, Action<HttpRequestMessage>? Prepare = null);

    /// <summary>The committed contract, read as OpenAPI 3.0 by OpenAPI.NET (which must find no error in it) and written as 3.1.</summary>
    internal static async Task<JsonObject> ContractAsOpenApi31()
    {
        await using var stream = File.OpenRead(ContractPath);
        var read = await OpenApiDocument.LoadAsync(stream, OpenApiConstants.Json);
        Assert.True(read.Diagnostic?.Errors.Count is null or 0,
            "OpenAPI.NET finds errors in openapi.json: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, read.Diagnostic?.SpecificationVersion);
        return JsonNode.Parse(await read.Document!.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1))!.AsObject();
    }

    /// <summary>A schema of the 3.1 contract as a JSON Schema 2020-12 document carrying the contract's components, for JsonSchema.Net.</summary>
    internal static JsonSchema Schema(JsonObject contract, JsonNode schema)
    {
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            // A unique id per document: JsonSchema.Net registers schemas globally by id.
            ["$id"] = $"https://mgi.test/contract/{Interlocked.Increment(ref _documents)}",
            ["components"] = contract["components"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        return JsonSchema.FromText(document.ToJsonString());
    }

    /// <summary>Null when <paramref name="body"/> is valid against <paramref name="schema"/>, else what is wrong.</summary>
    internal static string? Errors(JsonSchema schema, string body)
    {
        using var parsed = JsonDocument.Parse(body);
        var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}")).ToList();
        return $"{errors.Count} schema errors: " + string.Join("; ", errors.Take(6));
    }

    [Fact]
    public async Task Every_response_of_every_operation_validates_against_the_contract_under_OpenAPI_3_0_3()
    {
        var contract = await ContractAsOpenApi31();
        var client = api.CreateClient();
        var failures = new List<string>();
        var checkedResponses = new SortedDictionary<int, int>();
        var schemas = new Dictionary<string, JsonSchema>();

        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                Assert.Equal("get", method);
                var operation = node!.AsObject();
                foreach (var call in await Calls(client, path, operation))
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, call.Url);
                    call.Prepare?.Invoke(request);
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    var problem = status != call.Status
                        ? $"expected {call.Status}: {body[..Math.Min(body.Length, 200)]}"
                        : Check(contract, operation, status, response, body, schemas);
                    if (problem is not null) failures.Add($"{operation["operationId"]} GET {Short(call.Url)} [{call.Why}] {status}: {problem}");
                    else checkedResponses[status] = checkedResponses.GetValueOrDefault(status) + 1;
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} responses break the contract:\n" + string.Join("\n", failures.Take(40)));
        // Every status the walk is meant to reach was reached and checked.
        Assert.Superset(new HashSet<int> { 200, 206, 304, 400, 404, 406, 413, 414, 416 }, checkedResponses.Keys.ToHashSet());
    }

    [Fact]
    public async Task The_answers_over_the_limits_validate_against_the_contract_too()
    {
        var contract = await ContractAsOpenApi31();
        var schemas = new Dictionary<string, JsonSchema>();
        var failures = new List<string>();
        var operations = contract["paths"]!.AsObject().Select(p => (Path: p.Key, Operation: p.Value!["get"]!.AsObject())).ToList();

        // 429: a server whose bucket holds two requests; every operation asked after them is refused.
        using (var limited = new Http.LimitTests.LowLimitServer(trustProxy: false))
        {
            var client = limited.CreateClient();
            var refused = 0;
            foreach (var (path, operation) in operations)
            {
                using var response = await client.GetAsync(path.Replace("{", "x", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
                var status = (int)response.StatusCode;
                if (status == 429) refused++;
                if (status == 429 && Check(contract, operation, status, response, await response.Content.ReadAsStringAsync(), schemas) is { } problem)
                    failures.Add($"{operation["operationId"]} 429: {problem}");
            }
            Assert.True(refused >= operations.Count - 2, $"only {refused} of {operations.Count} operations were refused");
        }

        // 503: a server whose query time limit is zero.
        using (var slow = new Http.LimitTests.NoTimeServer())
        {
            var client = slow.CreateClient();
            foreach (var (path, url) in new[] { ("/v1/search", "/v1/search?q=migration"), ("/v1/search", "/v1/search?q=law&facet=type,dimension") })
            {
                using var response = await client.GetAsync(url);
                var operation = operations.Single(o => o.Path == path).Operation;
                if ((int)response.StatusCode != 503) failures.Add($"GET {url}: expected 503, got {(int)response.StatusCode}");
                else if (Check(contract, operation, 503, response, await response.Content.ReadAsStringAsync(), schemas) is { } problem)
                    failures.Add($"{operation["operationId"]} 503: {problem}");
            }
        }

        // 200 with facets left out: a server whose facets have no time (their own limit).
        using (var noFacetTime = new Http.FacetTimeLimitTests.NoFacetTimeServer())
        {
            var client = noFacetTime.CreateClient();
            const string url = "/v1/policies?facet=indicator,instrument,profile,jurisdiction,dimension,assessment";
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var operation = operations.Single(o => o.Path == "/v1/policies").Operation;
            if ((int)response.StatusCode != 200 || !body.Contains("\"facetsTimedOut\":[\"", StringComparison.Ordinal))
                failures.Add($"GET {url}: expected 200 naming the facets timed out, got {(int)response.StatusCode}");
            else if (Check(contract, operation, 200, response, body, schemas) is { } problem)
                failures.Add($"{operation["operationId"]} 200 with facets timed out: {problem}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The response is declared for its status and media type, and a JSON body is valid against its schema.</summary>
    static string? Check(JsonObject contract, JsonObject operation, int status, HttpResponseMessage response, string body, Dictionary<string, JsonSchema> schemas)
    {
        if (operation["responses"]![status.ToString(CultureInfo.InvariantCulture)] is not JsonObject declared)
            return "a status the operation does not declare";
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (declared["content"] is not JsonObject content || content.Count == 0)
            return body.Length == 0 ? null : "a body where none is declared";
        if (mediaType is null || content[mediaType] is not JsonObject media)
            return $"media type {mediaType} is not declared for {status}";
        if (!mediaType.Contains("json", StringComparison.Ordinal)) return null; // CSV and files: no JSON schema holds them
        var key = media["schema"]!.ToJsonString();
        if (!schemas.TryGetValue(key, out var schema)) schemas[key] = schema = Schema(contract, media["schema"]!);
        return Errors(schema, body);
    }

    /// <summary>The requests that make the operation answer each status it declares and the service can be made to send.</summary>
    static async Task<List<Call>> Calls(HttpClient client, string path, JsonObject operation)
    {
        var calls = new List<Call>();
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToList();
        var query = string.Join("&", parameters.Where(p => (string?)p["in"] == "query" && (bool?)p["required"] == true)
            .Select(p => $"{p["name"]}={Uri.EscapeDataString(ExampleOf(p))}"));
        var route = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();

        // 200: every item of an item route (keys read from its list), every page of a list.
        var keys = route.Count == 0 ? [[]] : await EveryKey(client, path, route);
        var isList = operation["responses"]!["200"]!["content"]!["application/json"]?["schema"]?["$ref"]?.GetValue<string>().Contains("PagedList", StringComparison.Ordinal) == true;
        foreach (var key in keys)
        {
            var url = Fill(path, key);
            if (isList) calls.AddRange(await EveryPage(client, url, query));
            else calls.Add(new(With(url, query), 200, "valid"));
        }
        var first = With(Fill(path, keys[0]), query);

        // A list's facet counts are their own shape of 200.
        if (parameters.FirstOrDefault(p => (string?)p["name"] == "facet") is { } facet)
            foreach (var name in FacetNames(facet))
                calls.Add(new(With(first, "facet=" + name), 200, "facet " + name));

        // 304: the ETag of the 200 sent back.
        using (var ok = await client.GetAsync(first))
        {
            var etag = ok.Headers.ETag?.Tag;
            Assert.False(etag is null, $"GET {first} sent no ETag");
            calls.Add(new(first, 304, "If-None-Match", r => r.Headers.TryAddWithoutValidation("If-None-Match", etag)));
        }
        if (operation["responses"]!["206"] is not null)
        {
            calls.Add(new(first, 206, "Range", r => r.Headers.TryAddWithoutValidation("Range", "bytes=0-15")));
            calls.Add(new(first, 416, "Range outside the file", r => r.Headers.TryAddWithoutValidation("Range", "bytes=999999999999-")));
        }
        calls.Add(new(With(first, "zzz=1"), 400, "unknown parameter"));
        if (route.Count > 0)
            calls.Add(new(Fill(path, route.ToDictionary(n => n, n => n == "number" ? "99" : "not-there")), 404, "unknown key"));
        calls.Add(new(first, 406, "Accept: application/xml", r => r.Headers.TryAddWithoutValidation("Accept", "application/xml")));
        calls.Add(new(first, 413, "a request body", r => r.Content = new StringContent("{}", Encoding.UTF8, "application/json")));
        calls.Add(new(With(first, "zzz=" + new string('a', 17_000)), 414, "a query string over the limit"));
        return calls;
    }

    static async Task<List<Dictionary<string, string>>> EveryKey(HttpClient client, string path, List<string> names)
    {
        // /v1/profiles/{id}/summary → /v1/profiles, whose items carry id.
        var list = path[..path.IndexOf("/{", StringComparison.Ordinal)];
        var page = await client.Json(list + "?pageSize=500");
        Assert.Equal(1, page.GetProperty("totalPages").GetInt32());
        return page.Items().Select(i => names.ToDictionary(n => n, n => i.GetProperty(n).ValueKind == JsonValueKind.Number ? i.GetProperty(n).GetRawText() : i.Str(n))).ToList();
    }

    static async Task<List<Call>> EveryPage(HttpClient client, string url, string query)
    {
        var first = await client.Json(With(With(url, "pageSize=500"), query));
        var pages = Math.Max(first.GetProperty("totalPages").GetInt32(), 1);
        return Enumerable.Range(1, pages).Select(n => new Call(With(With(url, $"pageSize=500&page={n}"), query), 200, $"page {n}")).ToList();
    }

    /// <summary>A required parameter's value: its example in the contract.</summary>
    static string ExampleOf(JsonObject parameter) =>
        parameter["example"]?.ToString() ?? parameter["schema"]?["example"]?.ToString() ?? (string?)parameter["name"] switch
        {
            "q" => "migration",
            var name => throw new InvalidOperationException($"{name} has no example"),
        };

    static string[] FacetNames(JsonObject facet) =>
        ((string)facet["schema"]!["pattern"]!).TrimStart('^').Split(')')[0].TrimStart('(').Split('|');

    static string Fill(string path, Dictionary<string, string> values) =>
        values.Aggregate(path, (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(v.Value), StringComparison.Ordinal));

    static string With(string url, string query) =>
        query.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    static string Short(string url) => url.Length > 120 ? url[..120] + "…" : url;
}
