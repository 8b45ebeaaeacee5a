using Json.Schema;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// The schemas in data/schema document the source format for curators; every source file must
/// validate against its schema, so the documentation cannot drift from the data.
/// </summary>
public sealed class SchemaTests
{
    // JsonSchema.Net registers each schema by its $id globally: build each one once.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    internal static JsonSchema Schema(string file) => Schemas.GetOrAdd(file, f =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", f))));

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>
        {
            { "catalogue/dimensions.json", "dimensions.schema.json" },
            { "catalogue/indicators.json", "indicators.schema.json" },
            { "catalogue/conventions.json", "conventions.schema.json" },
            { "catalogue/jurisdictions.json", "jurisdictions.schema.json" },
        };
        foreach (var profile in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "profiles"), "*.json").Order())
            data.Add("profiles/" + Path.GetFileName(profile), "profile.schema.json");
        foreach (var instruments in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "instruments"), "*.json").Order())
            data.Add("instruments/" + Path.GetFileName(instruments), "instruments.schema.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_source_file_validates_against_its_schema(string file, string schemaFile)
    {
        var schema = Schema(schemaFile);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, file)));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{file}:\n{string.Join("\n", errors.Take(20))}");
    }

    [Fact]
    public void The_profile_schema_rejects_a_finding_with_an_unknown_assessment()
    {
        var schema = Schema("profile.schema.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "profiles", "MEX-2022.json")))!;
        node["policies"]![0]!["assessment"] = "good";
        using var document = JsonDocument.Parse(node.ToJsonString());
        Assert.False(schema.Evaluate(document.RootElement).IsValid);
    }
}
