using System.Text.Json;
using System.Text.Json.Nodes;
using Mgi.Api.Contract;

namespace Mgi.Api.Tests.Contract;

/// <summary>
/// The committed openapi.json is what the endpoints generate, and it is a complete contract.
/// Regenerate it on purpose with: dotnet run --project api -- openapi
/// </summary>
[Collection(SharedServer.Name)]
public sealed class OpenApiContractTests(ApiFactory api)
{
    static readonly string CommittedPath = Path.Combine(RepositoryPaths.Root, "openapi.json");

    static JsonElement Committed() => JsonDocument.Parse(File.ReadAllText(CommittedPath)).RootElement;

    static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        Committed().GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task The_committed_contract_is_what_the_endpoints_generate()
    {
        _ = api.Server; // start the host: endpoints reach the generator with the pipeline
        var generated = Content(await OpenApi.GenerateAsync(api.Services));
        var committed = Content(File.ReadAllText(CommittedPath));
        Assert.True(JsonNode.DeepEquals(generated, committed),
            $"openapi.json differs from the generated contract at {FirstDifference(committed, generated, "$")}. " +
            "If the change is intended, run: dotnet run --project api -- openapi");
    }

    // The contract's content: what integrators and the client build on. x-generator only names the
    // generator's version, which the lock files pin; it is not part of the contract.
    static JsonNode Content(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("x-generator");
        return node;
    }

    static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                if (!JsonNode.DeepEquals(e[name], a[name]))
                    return FirstDifference(e[name], a[name], $"{path}.{name}");
        }
        else if (expected is JsonArray ea && actual is JsonArray aa && ea.Count == aa.Count)
        {
            for (var i = 0; i < ea.Count; i++)
                if (!JsonNode.DeepEquals(ea[i], aa[i]))
                    return FirstDifference(ea[i], aa[i], $"{path}[{i}]");
        }
        return $"{path} (committed {expected?.ToJsonString() ?? "nothing"}, generated {actual?.ToJsonString() ?? "nothing"})";
    }

    [Fact]
    public async Task The_live_contract_at_openapi_v1_json_has_the_committed_paths_and_schemas()
    {
        var live = await api.CreateClient().Json("/openapi/v1.json");
        var committed = Committed();
        Assert.Equal(committed.GetProperty("paths").GetRawText(), live.GetProperty("paths").GetRawText());
        Assert.Equal(committed.GetProperty("components").GetRawText(), live.GetProperty("components").GetRawText());
    }

    [Fact]
    public void Every_route_of_the_service_is_in_the_contract()
    {
        var paths = Committed().GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "/v1/jurisdictions", "/v1/jurisdictions/{code}", "/v1/jurisdictions/{code}/ratifications",
            "/v1/profiles", "/v1/profiles/{id}", "/v1/dimensions", "/v1/dimensions/{number}",
            "/v1/indicators", "/v1/indicators/{code}", "/v1/conventions", "/v1/conventions/{code}",
            "/v1/policies", "/v1/policies/{id}", "/v1/covid-responses", "/v1/covid-responses/{id}",
            "/v1/sources", "/v1/footnotes", "/v1/meta",
        }, paths);
    }

    [Fact]
    public void No_get_operation_has_a_request_body_and_every_route_parameter_is_declared()
    {
        foreach (var (path, method, op) in Operations())
        {
            Assert.False(op.TryGetProperty("requestBody", out _), $"{method} {path} has a request body");
            var declared = op.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.Str("in") == "path").Select(p => p.Str("name")).ToHashSet()
                : [];
            var inRoute = System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Equal(inRoute, declared);
        }
    }

    [Fact]
    public void Every_operation_has_an_id_a_tag_a_summary_a_description_and_problem_responses()
    {
        var ids = new HashSet<string>();
        foreach (var (path, method, op) in Operations())
        {
            var id = op.Str("operationId");
            Assert.Matches("^(List[A-Z]|Get[A-Z]|Download[A-Z]|Search$)[A-Za-z]*$", id);
            Assert.True(ids.Add(id), $"duplicate operationId {id}");
            Assert.Single(op.GetProperty("tags").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(op.Str("summary")), $"{path}: no summary");
            Assert.False(string.IsNullOrWhiteSpace(op.Str("description")), $"{path}: no description");
            // 431 (refused by the server before the API) and 416 (a range outside a file) have no body.
            foreach (var response in op.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4') && r.Name is not ("431" or "416")))
            {
                var schema = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.Equal("#/components/schemas/ProblemDetails", schema.Str("$ref"));
            }
            Assert.True(op.GetProperty("responses").TryGetProperty("400", out _), $"{path}: no 400");
        }
    }

    [Fact]
    public void Query_parameters_declare_their_types_limits_enums_and_defaults()
    {
        var policies = Operations().Single(o => o.Path == "/v1/policies").Operation.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.Str("name"), p => p);
        Assert.All(policies.Values, p => Assert.False(p.TryGetProperty("required", out var r) && r.GetBoolean()));
        // A fixed vocabulary is declared once, by name, and the filter refers to it.
        Assert.Equal("#/components/schemas/Assessment", policies["assessment"].GetProperty("schema").Str("$ref"));
        var assessment = Committed().GetProperty("components").GetProperty("schemas").GetProperty("Assessment");
        Assert.Equal(["well-developed", "further-development"], assessment.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, policies["dimension"].GetProperty("schema").GetProperty("minimum").GetDouble());
        Assert.Equal(6, policies["dimension"].GetProperty("schema").GetProperty("maximum").GetDouble());
        Assert.Equal(500, policies["pageSize"].GetProperty("schema").GetProperty("maximum").GetDouble());
        Assert.Equal(50, policies["pageSize"].GetProperty("schema").GetProperty("default").GetInt32());
        Assert.Equal("integer", policies["page"].GetProperty("schema").Str("type"));
        Assert.All(policies.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.Str("description"))));
    }

    [Fact]
    public void Every_fixed_vocabulary_is_one_named_enumeration_that_filters_and_records_share()
    {
        var schemas = Committed().GetProperty("components").GetProperty("schemas");
        foreach (var (record, property, vocabulary) in new[]
        {
            ("Policy", "assessment", "Assessment"), ("Profile", "dataStatus", "DataStatus"), ("ProfileReference", "dataStatus", "DataStatus"),
            ("ProfileCitation", "dataStatus", "DataStatus"), ("Jurisdiction", "level", "JurisdictionLevel"),
            ("Footnote", "section", "FootnoteSection"), ("SearchHit", "type", "SearchHitType"),
        })
        {
            var declared = schemas.GetProperty(record).GetProperty("properties").GetProperty(property);
            Assert.Equal($"#/components/schemas/{vocabulary}", declared.GetProperty("allOf")[0].Str("$ref"));
            Assert.Equal("string", schemas.GetProperty(vocabulary).Str("type"));
        }
        // No enumeration anywhere else: an inline one would become a type of its own in every client.
        var inline = new List<string>();
        void Walk(JsonElement node, string path)
        {
            if (node.ValueKind == JsonValueKind.Object)
                foreach (var child in node.EnumerateObject())
                {
                    // [null] is no vocabulary: the null branch of a nullable reference (NullableReferences).
                    if (child.Name == "enum" && child.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Null)
                        && !System.Text.RegularExpressions.Regex.IsMatch(path, "^/components/schemas/[^/]+$")) inline.Add(path);
                    Walk(child.Value, $"{path}/{child.Name}");
                }
            else if (node.ValueKind == JsonValueKind.Array)
                foreach (var (item, i) in node.EnumerateArray().Select((e, i) => (e, i))) Walk(item, $"{path}/{i}");
        }
        Walk(Committed(), "");
        Assert.Empty(inline);
    }

    [Fact]
    public void Nullable_is_said_only_beside_a_type()
    {
        // Under OpenAPI 3.0.3 nullable only adds null to its own Schema Object's type (Redocly: nullable-type-sibling).
        var untyped = new List<string>();
        void Walk(JsonElement node, string path)
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                if (node.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean() && !node.TryGetProperty("type", out _)) untyped.Add(path);
                foreach (var child in node.EnumerateObject()) Walk(child.Value, $"{path}/{child.Name}");
            }
            else if (node.ValueKind == JsonValueKind.Array)
                foreach (var (item, i) in node.EnumerateArray().Select((e, i) => (e, i))) Walk(item, $"{path}/{i}");
        }
        Walk(Committed(), "");
        Assert.Empty(untyped);
    }

    [Fact]
    public void The_contract_names_its_title_version_licence_and_contact()
    {
        var info = Committed().GetProperty("info");
        Assert.Equal("MGI Open Data API", info.Str("title"));
        Assert.Equal("3.0.0", Committed().Str("openapi"));
        Assert.False(string.IsNullOrEmpty(info.Str("version")));
        Assert.Contains("CC BY-NC-ND 3.0 IGO", info.GetProperty("license").Str("name"), StringComparison.Ordinal);
        Assert.StartsWith("https://", info.GetProperty("contact").Str("url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_ui_is_served_over_the_live_contract()
    {
        var client = api.CreateClient();
        using var page = await client.GetAsync("/swagger/index.html");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger-ui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var config = await client.GetAsync("/swagger/index.js");
        Assert.Contains("/openapi/v1.json", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Downloads_are_declared_as_binary_files_with_their_ranges()
    {
        var contract = Committed();
        Assert.False(contract.GetProperty("components").GetProperty("schemas").TryGetProperty("Stream", out _));
        foreach (var (path, mediaType) in new[] { ("/v1/downloads/mgi.sqlite", "application/vnd.sqlite3"), ("/v1/downloads/datapackage.zip", "application/zip") })
        {
            var responses = contract.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");
            foreach (var status in new[] { "200", "206" })
            {
                var schema = responses.GetProperty(status).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
                Assert.Equal("string", schema.Str("type"));
                Assert.Equal("binary", schema.Str("format"));
            }
            Assert.True(responses.TryGetProperty("416", out _), $"{path} declares no 416");
        }
    }

    [Fact]
    public void The_problem_schema_says_what_the_service_sends_without_sample_values()
    {
        var schemas = Committed().GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "ProblemDetails", "ProblemError" })
        {
            var schema = schemas.GetProperty(name);
            Assert.DoesNotContain("UseFastEndpoints", schema.Str("description"), StringComparison.Ordinal);
            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                Assert.False(property.Value.TryGetProperty("default", out _), $"{name}.{property.Name} has a sample default");
                Assert.False(string.IsNullOrEmpty(property.Value.TryGetProperty("description", out var d) ? d.GetString() : null), $"{name}.{property.Name} is not described");
            }
        }
        Assert.Equal(["type", "title", "status"], schemas.GetProperty("ProblemDetails").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void A_required_query_parameter_is_never_null()
    {
        foreach (var (path, method, operation) in Operations())
            if (operation.TryGetProperty("parameters", out var parameters))
                foreach (var parameter in parameters.EnumerateArray().Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean()))
                    Assert.False(parameter.GetProperty("schema").TryGetProperty("nullable", out var nullable) && nullable.GetBoolean(),
                        $"{method} {path}: {parameter.Str("name")} is required but nullable");
    }

    [Fact]
    public void Every_field_the_records_always_send_is_declared_required()
    {
        foreach (var schema in Committed().GetProperty("components").GetProperty("schemas").EnumerateObject().Where(s => !s.Name.StartsWith("Problem", StringComparison.Ordinal))) // ProblemDetails, ProblemError: fields by error
        {
            if (!schema.Value.TryGetProperty("properties", out var properties)) continue;
            var declared = schema.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Equal(declared.Count, declared.Distinct().Count());
            var required = declared.ToHashSet();
            foreach (var property in properties.EnumerateObject())
                Assert.True(required.Contains(property.Name), $"{schema.Name}.{property.Name} is always sent but not required");
        }
    }
}
