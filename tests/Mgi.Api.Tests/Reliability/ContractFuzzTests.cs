using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit.Abstractions;

namespace Mgi.Api.Tests.Reliability;

/// <summary>
/// Contract-driven fuzzing: for every operation of the committed openapi.json, requests generated
/// from its parameters' schemas, valid and hostile. Every response must have a status the
/// operation declares, a body valid against the declared schema, and never a 5xx; valid inputs must
/// get a 2xx and inputs that break the schema a 4xx. Seeded and reproducible. The service runs on
/// real Kestrel on loopback, so what the server itself refuses (a NUL in the path) is covered too.
/// Knobs: MGI_FUZZ_CASES (cases per operation, default 60), MGI_FUZZ_SEED (default 20261130).
/// </summary>
public sealed class ContractFuzzTests(ITestOutputHelper output)
{
    static readonly int CasesPerOperation = int.Parse(Environment.GetEnvironmentVariable("MGI_FUZZ_CASES") ?? "60", CultureInfo.InvariantCulture);
    static readonly int Seed = int.Parse(Environment.GetEnvironmentVariable("MGI_FUZZ_SEED") ?? "20261130", CultureInfo.InvariantCulture);

    enum Expect { Success, ClientError, AnyDeclared }

    sealed record Case(string Url, string? Accept, Expect Expect, string Why);

    /// <summary>A parameter; <paramref name="Known"/>: where its known values are listed, when the contract declares a known set (x-known-values).</summary>
    sealed record Parameter(string Name, string In, JsonObject Schema, bool Required, KnownValues? Known);

    /// <summary>The contract's x-known-values: the list whose items' field holds the values a filter knows.</summary>
    sealed record KnownValues(string List, string Field);

    [Fact]
    public async Task Every_operation_answers_generated_requests_as_its_contract_declares()
    {
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")))!.AsObject();
        var schemas = new Schemas(contract);
        using var api = new ApiFactory();
        var port = api.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var pools = await Pools.LoadAsync(client, contract);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var requests = 0;

        var operations = contract["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key, Operation: m.Value!.AsObject()))).ToList();
        foreach (var (op, index) in operations.Select((o, i) => (o, i)))
        {
            var random = new Random(Seed + index);
            var parameters = (op.Operation["parameters"]?.AsArray() ?? []).Select(p => new Parameter(
                p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolved(p["schema"]!.AsObject(), contract), p["required"]?.GetValue<bool>() ?? false,
                KnownOf(p))).ToList();
            var responses = op.Operation["responses"]!.AsObject();
            foreach (var @case in Cases(op.Path, parameters, pools, random).Take(CasesPerOperation))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, @case.Url);
                if (@case.Accept is not null) request.Headers.TryAddWithoutValidation("Accept", @case.Accept);
                using var response = await client.SendAsync(request);
                requests++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var problem = Check(@case, response, status, await response.Content.ReadAsStringAsync(), responses, schemas);
                if (problem is not null) failures.Add($"{op.Operation["operationId"]} GET {@case.Url} [{@case.Why}] -> {status}: {problem}");
            }
        }

        output.WriteLine($"fuzz: {requests} requests over {operations.Count} operations (seed {Seed}, {CasesPerOperation} cases each); statuses: " +
            string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} responses broke the contract:\n" + string.Join("\n", failures.Take(40)));
    }


    static KnownValues? KnownOf(JsonNode parameter) =>
        parameter["x-known-values"] is JsonObject known ? new(known["list"]!.GetValue<string>(), known["field"]!.GetValue<string>()) : null;

    /// <summary>A parameter's schema, or the named one it refers to (a vocabulary such as Assessment).</summary>
    static JsonObject Resolved(JsonObject schema, JsonObject contract) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? contract["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!.AsObject()
            : schema;

    static string? Check(Case @case, HttpResponseMessage response, int status, string body, JsonObject responses, Schemas schemas)
    {
        if (status >= 500) return "a 5xx: " + body[..Math.Min(body.Length, 300)];
        if (!responses.ContainsKey(status.ToString(CultureInfo.InvariantCulture))) return "a status the operation does not declare";
        if (@case.Expect == Expect.Success && status is < 200 or > 299) return "a valid request did not succeed: " + body[..Math.Min(body.Length, 300)];
        if (@case.Expect == Expect.ClientError && status is < 400 or > 499) return "an invalid request was not refused with a 4xx";
        var declared = responses[status.ToString(CultureInfo.InvariantCulture)]!.AsObject();
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        // Kestrel refuses a malformed request itself (a NUL in the path, a request line or headers over
        // its limits) with a bare 400, 414 or 431, before the application sees it.
        if (mediaType is null && body.Length == 0 && status is 400 or 414 or 431) return null;
        if (declared["content"] is not JsonObject content) return body.Length == 0 ? null : "a body where none is declared";
        if (mediaType is null || content[mediaType] is not JsonObject media) return $"media type {mediaType} is not declared for {status}";
        if (mediaType is not ("application/json" or "application/problem+json")) return null; // CSV and files: no JSON schema
        var result = schemas.Evaluate(media["schema"]!.AsObject(), body);
        return result;
    }

    static IEnumerable<Case> Cases(string path, IReadOnlyList<Parameter> parameters, Pools pools, Random random)
    {
        var query = parameters.Where(p => p.In == "query").ToList();
        var route = parameters.Where(p => p.In == "path").ToList();
        while (true)
        {
            var kind = random.Next(10);
            var pathValues = route.ToDictionary(p => p.Name, p => pools.ValidPath(path, p.Name, random));
            var values = new List<(string Name, string Value)>();
            foreach (var p in query)
                if (p.Required || random.Next(2) == 0)
                    values.Add((p.Name, ValidQuery(p, pools, random)));
            // Facet counts come with JSON only (a CSV request naming facet is refused).
            if (values.Contains(("format", "csv"))) values.RemoveAll(v => v.Name == "facet");

            if (kind < 4)
            {
                yield return new(Url(path, pathValues, values), null, Expect.Success, "valid");
                continue;
            }
            if (kind < 7)
            {
                var broken = Invalid(path, route, query, pathValues, values, random, out var why);
                if (broken is not null) yield return new(broken, null, Expect.ClientError, why);
                continue;
            }
            if (kind < 9)
            {
                var odd = Odd(path, route, query, pathValues, values, random, out var why);
                yield return new(odd, null, Expect.AnyDeclared, why);
                continue;
            }
            string[] accepts = ["text/html", "application/xml", "*/*", "application/*", "application/json;q=0", "x", ";;;", "text/csv", "image/png, */*;q=0.1", "application/json, text/csv;q=0.9"];
            var accept = accepts[random.Next(accepts.Length)];
            yield return new(Url(path, pathValues, values), accept, Expect.AnyDeclared, $"Accept: {accept}");
        }
    }

    static string ValidQuery(Parameter p, Pools pools, Random random)
    {
        if (p.Name == "page") return "1";
        // One of the names the pattern allows: ^(a|b|c)(,(a|b|c))*$.
        if (p.Name == "facet") return random.GetItems(p.Schema["pattern"]!.GetValue<string>()[2..].Split(')')[0].Split('|'), 1)[0];
        if (p.Schema["enum"] is JsonArray values) return values[random.Next(values.Count)]!.GetValue<string>();
        // A code of a known set: one the contract's list holds (any other is a 400).
        if (p.Known is { } known) return pools.Known(known, random);
        if (pools.Query(p.Name, random) is { } pooled) return pooled;
        // hxl=true is valid on CSV only; false is valid everywhere.
        if (p.Schema["type"]?.GetValue<string>() == "boolean") return "false";
        if (p.Schema["type"]?.GetValue<string>() == "integer")
        {
            var min = (int)(p.Schema["minimum"]?.GetValue<double>() ?? 1);
            var max = (int)(p.Schema["maximum"]?.GetValue<double>() ?? min + 100);
            return random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);
        }
        return "MEX";
    }

    static readonly string[] NotIntegers = ["abc", "1.5", "1e3", "99999999999999999999", "0x10", "one", "NaN", "--1", "1,2"];
    static readonly string[] NotBooleans = ["yes", "1", "0", "maybe", "t", "truee", "on"];

    /// <summary>One violation of the contract: wrong type, out of range, not in the enum, too long, unknown or repeated.</summary>
    static string? Invalid(string path, List<Parameter> route, List<Parameter> query, Dictionary<string, string> pathValues,
        List<(string Name, string Value)> values, Random random, out string why)
    {
        var choices = new List<Func<(string?, string)>>
        {
            () => (Url(path, pathValues, [.. values, ("zzz" + random.Next(100), "1")]), "unknown parameter"),
        };
        foreach (var p in query)
        {
            var others = values.Where(v => v.Name != p.Name).ToList();
            var type = p.Schema["type"]?.GetValue<string>();
            if (type == "integer")
            {
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, NotIntegers[random.Next(NotIntegers.Length)])]), $"{p.Name} not an integer"));
                if (p.Schema["minimum"] is { } min)
                    choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, ((long)min.GetValue<double>() - 1 - random.Next(1000)).ToString(CultureInfo.InvariantCulture))]), $"{p.Name} below minimum"));
                if (p.Schema["maximum"] is { } max)
                    choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, ((long)max.GetValue<double>() + 1 + random.Next(1000)).ToString(CultureInfo.InvariantCulture))]), $"{p.Name} above maximum"));
            }
            if (type == "boolean")
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, NotBooleans[random.Next(NotBooleans.Length)])]), $"{p.Name} not a boolean"));
            if (p.Schema["enum"] is not null)
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, "not-a-value")]), $"{p.Name} not in enum"));
            if (p.Schema["maxLength"] is { } length)
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, new string('a', (int)length.GetValue<int>() + 1 + random.Next(9000)))]), $"{p.Name} too long"));
            if (p.Schema["pattern"] is not null)
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, "Not A Slug!")]), $"{p.Name} breaks pattern"));
            if (p.Known is not null)
                choices.Add(() => (Url(path, pathValues, [.. others, (p.Name, $"no-such-{p.Name}-{random.Next(100)}")]), $"{p.Name} matches no known code"));
            choices.Add(() => (Url(path, pathValues, [.. values, (p.Name, ValidQueryFallback(p))]) + $"&{p.Name}={Uri.EscapeDataString(ValidQueryFallback(p))}", $"{p.Name} repeated"));
        }
        foreach (var p in route.Where(p => p.Schema["type"]?.GetValue<string>() == "integer"))
            choices.Add(() => (Url(path, new Dictionary<string, string>(pathValues) { [p.Name] = NotIntegers[random.Next(NotIntegers.Length)] }, values), $"path {p.Name} not an integer"));
        var (url, reason) = choices[random.Next(choices.Count)]();
        why = reason;
        return url;
    }

    static string ValidQueryFallback(Parameter p) =>
        p.Schema["enum"] is JsonArray values ? values[0]!.GetValue<string>()
        : p.Schema["type"]?.GetValue<string>() switch { "integer" => "1", "boolean" => "false", _ => "MEX" };

    static readonly string[] HostileText =
    [
        "", " ", "' OR 1=1 --", "\"; DROP TABLE policies; --", "NEAR(a b)", "a AND OR NOT", "\"unbalanced", "col:value", "*", "-x",
        "../../../etc/passwd", "%00", "\u0000", "\u0007\u001b[2J", "\ud800", "🙂", "Michoacán", "ß", "𝔐𝔊𝔍", new string('z', 10_000),
        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "\\", "%", "+", "null", "[]", "{}",
    ];

    /// <summary>Strange but not contract-breaking values: any declared status, never a 5xx.</summary>
    static string Odd(string path, List<Parameter> route, List<Parameter> query, Dictionary<string, string> pathValues,
        List<(string Name, string Value)> values, Random random, out string why)
    {
        var text = HostileText[random.Next(HostileText.Length)];
        if (route.Count > 0 && random.Next(2) == 0)
        {
            var p = route[random.Next(route.Count)];
            why = $"path {p.Name} = hostile text";
            return Url(path, new Dictionary<string, string>(pathValues) { [p.Name] = text.Length == 0 ? "x" : text }, values);
        }
        if (query.Count == 0)
        {
            why = "hostile unknown parameter";
            return Url(path, pathValues, [(text.Length == 0 ? "x" : text, text)]);
        }
        var target = query[random.Next(query.Count)];
        why = $"{target.Name} = hostile text";
        return Url(path, pathValues, [.. values.Where(v => v.Name != target.Name), (target.Name, text)]);
    }

    static string Url(string path, Dictionary<string, string> pathValues, IEnumerable<(string Name, string Value)> query)
    {
        var url = new StringBuilder(pathValues.Aggregate(path, (p, v) => p.Replace("{" + v.Key + "}", Uri.EscapeDataString(Safe(v.Value)), StringComparison.Ordinal)));
        var first = true;
        foreach (var (name, value) in query)
        {
            url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(Safe(name))).Append('=').Append(Uri.EscapeDataString(Safe(value)));
            first = false;
        }
        return url.ToString();
    }

    // Uri.EscapeDataString refuses lone surrogates; send them as the replacement character a client library would.
    static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString());
        return builder.ToString();
    }

    /// <summary>
    /// Real values for parameters that name data, read from the API itself: a filter's known codes
    /// from the list the contract names (x-known-values), a path's from its resource's list.
    /// </summary>
    sealed class Pools
    {
        readonly Dictionary<string, string[]> _values = [];
        readonly Dictionary<KnownValues, string[]> _known = [];

        public static async Task<Pools> LoadAsync(HttpClient client, JsonObject contract)
        {
            var pools = new Pools();
            async Task<string[]> Read(string url, string key) =>
                (await client.Json(url)).Items().Select(i => i.GetProperty(key).ValueKind == JsonValueKind.Number ? i.GetProperty(key).GetRawText() : i.Str(key)).Distinct().ToArray();
            var declared = contract["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
                .SelectMany(m => m.Value!["parameters"]?.AsArray() ?? []).Select(p => KnownOf(p!)).OfType<KnownValues>().Distinct();
            foreach (var known in declared) pools._known[known] = await Read($"{known.List}?pageSize=500", known.Field);
            pools._values["jurisdictions"] = await Read("/v1/jurisdictions?pageSize=500", "code");
            pools._values["profiles"] = await Read("/v1/profiles?pageSize=500", "id");
            pools._values["policies"] = await Read("/v1/policies?pageSize=500", "id");
            pools._values["covid-responses"] = await Read("/v1/covid-responses?pageSize=500", "id");
            pools._values["indicators"] = await Read("/v1/indicators?pageSize=500", "code");
            pools._values["instruments"] = await Read("/v1/instruments?pageSize=500", "id");
            pools._values["conventions"] = await Read("/v1/conventions?pageSize=500", "code");
            pools._values["dimensions"] = await Read("/v1/dimensions?pageSize=500", "number");
            pools._values["q"] = ["migration", "Michoacán", "\"migration law\"", "health care", "refugee", "remitt", "ley"];
            pools._values["year"] = ["2020", "2021", "2022"];
            return pools;
        }

        public string ValidPath(string path, string name, Random random)
        {
            var resource = path.Split('/')[2];
            var pool = _values[resource];
            return pool[random.Next(pool.Length)];
        }

        public string Known(KnownValues known, Random random)
        {
            var pool = _known[known];
            return pool[random.Next(pool.Length)];
        }

        public string? Query(string name, Random random) =>
            _values.TryGetValue(name, out var pool) ? pool[random.Next(pool.Length)] : null;
    }

    /// <summary>The contract's schemas as JSON Schema 2020-12 (OpenAPI 3.0's nullable made explicit), for JsonSchema.Net.</summary>
    sealed class Schemas
    {
        readonly JsonObject _definitions;
        readonly Dictionary<string, JsonSchema> _built = [];
        static int _documents;

        public Schemas(JsonObject contract) =>
            _definitions = (JsonObject)Convert(contract["components"]!["schemas"]!.DeepClone())!;

        public string? Evaluate(JsonObject schema, string body)
        {
            var key = schema.ToJsonString();
            if (!_built.TryGetValue(key, out var built))
            {
                var document = new JsonObject
                {
                    ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                    // A unique id per document: JsonSchema.Net registers schemas globally by id.
                    ["$id"] = $"https://mgi.test/fuzz/{Interlocked.Increment(ref _documents)}",
                    ["$defs"] = _definitions.DeepClone(),
                };
                foreach (var (k, v) in ((JsonObject)Convert(schema.DeepClone())!)) document[k] = v?.DeepClone();
                _built[key] = built = JsonSchema.FromText(document.ToJsonString());
            }
            JsonDocument parsed;
            try { parsed = JsonDocument.Parse(body); }
            catch (JsonException e) { return "the body is not JSON: " + e.Message; }
            using (parsed)
            {
                var result = built.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                if (result.IsValid) return null;
                return "the body does not match the declared schema: " + string.Join("; ", (result.Details ?? [])
                    .Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}")).Take(5));
            }
        }

        static JsonNode? Convert(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                {
                    foreach (var key in o.Select(p => p.Key).ToList()) o[key] = Convert(o[key]?.DeepClone());
                    if (o["$ref"] is JsonValue reference)
                        o["$ref"] = reference.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    if (o["nullable"] is JsonValue nullable && nullable.GetValue<bool>())
                    {
                        o.Remove("nullable");
                        if (o["type"] is JsonValue type) o["type"] = new JsonArray(type.GetValue<string>(), "null");
                        else
                        {
                            var inner = new JsonObject();
                            foreach (var key in o.Select(p => p.Key).ToList()) { inner[key] = o[key]!.DeepClone(); o.Remove(key); }
                            o["anyOf"] = new JsonArray(inner, new JsonObject { ["type"] = "null" });
                        }
                    }
                    else o.Remove("nullable");
                    return o;
                }
                case JsonArray a:
                {
                    for (var i = 0; i < a.Count; i++) a[i] = Convert(a[i]?.DeepClone());
                    return a;
                }
                default:
                    return node;
            }
        }
    }
}
