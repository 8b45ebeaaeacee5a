using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// A vocabulary is declared once, as a C# type (<see cref="IVocabulary"/>): the build, the contract
/// and the client take it from there. Where a data file holds it, its JSON Schema must list the
/// same values (the build validates with the schema), and Schema.sql's CHECK too: these tests fail
/// when one of them disagrees with the type, or when a schema gains an enum no type declares.
/// </summary>
public sealed partial class VocabularyTests
{
    /// <summary>Where the data's schemas and the database list a vocabulary: (schema file, property) and table.column.</summary>
    static readonly (Type Vocabulary, string Schema, string Property, string? Column)[] Places =
    [
        (typeof(Assessment), "profile.schema.json", "assessment", "policies.assessment"),
        (typeof(DataStatus), "profile.schema.json", "dataStatus", "profiles.data_status"),
        (typeof(FootnoteSection), "profile.schema.json", "section", "footnotes.section"),
        (typeof(JurisdictionLevel), "jurisdictions.schema.json", "level", "jurisdictions.level"),
        (typeof(InstrumentKind), "instruments.schema.json", "kind", "instruments.kind"),
        (typeof(MigofCategory), "dimensions.schema.json", "migofCategory", "dimensions.migof_category"),
    ];

    /// <summary>
    /// Enums only the schema declares: a convention's body (ILO, UN) is served as a plain string, as the
    /// client shipped it (typing it would change the client's released API).
    /// </summary>
    static readonly (string Schema, string Property)[] SchemaOnly = [("conventions.schema.json", "body")];

    static IReadOnlyList<string> Values(Type vocabulary) =>
        (IReadOnlyList<string>)vocabulary.GetProperty(nameof(IVocabulary.Values), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>Every enum of the data's schemas: (schema file, the property it is the enum of, its values).</summary>
    static IEnumerable<(string Schema, string Property, string[] Values)> SchemaEnums()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "schema"), "*.schema.json").Order())
        {
            var found = new List<(string, string, string[])>();
            Walk(JsonNode.Parse(File.ReadAllText(path))!, null, (property, values) => found.Add((Path.GetFileName(path), property, values)));
            foreach (var e in found) yield return e;
        }

        // The property an enum belongs to is the nearest name under "properties" above it.
        static void Walk(JsonNode node, string? property, Action<string, string[]> enumFound)
        {
            if (node is JsonArray array)
                foreach (var child in array.OfType<JsonNode>()) Walk(child, property, enumFound);
            if (node is not JsonObject o) return;
            if (o["enum"] is JsonArray values && property is not null) enumFound(property, [.. values.Select(v => v!.GetValue<string>())]);
            foreach (var (key, child) in o)
            {
                if (child is null) continue;
                if (key == "properties" && child is JsonObject properties)
                    foreach (var (name, schema) in properties) { if (schema is not null) Walk(schema, name, enumFound); }
                else Walk(child, property, enumFound);
            }
        }
    }

    [Fact]
    public void Every_enum_of_the_data_schemas_is_a_declared_vocabulary_with_the_same_values_in_the_same_order()
    {
        var enums = SchemaEnums().DistinctBy(e => (e.Schema, e.Property, string.Join(",", e.Values))).ToList();
        Assert.NotEmpty(enums);
        foreach (var (schema, property, values) in enums.Where(e => !SchemaOnly.Contains((e.Schema, e.Property))))
        {
            var place = Places.Where(p => p.Schema == schema && p.Property == property).ToList();
            Assert.True(place.Count == 1, $"data/schema/{schema} lists an enum for '{property}' ({string.Join(", ", values)}) that no C# vocabulary declares: declare it (IVocabulary) and add it to {nameof(Places)}.");
            Assert.True(Values(place[0].Vocabulary).SequenceEqual(values),
                $"data/schema/{schema} '{property}' lists {string.Join(", ", values)}; {place[0].Vocabulary.Name} declares {string.Join(", ", Values(place[0].Vocabulary))}.");
        }
        foreach (var place in Places)
            Assert.True(enums.Any(e => e.Schema == place.Schema && e.Property == place.Property), $"{place.Vocabulary.Name}: data/schema/{place.Schema} has no enum for '{place.Property}'.");
    }

    [Fact]
    public void Every_check_of_schema_sql_lists_its_vocabulary()
    {
        var sql = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api", "DataSet", "Schema.sql"));
        var checks = new List<(string Column, string[] Values)>();
        foreach (Match table in Table().Matches(sql))
            foreach (Match check in Check().Matches(table.Groups["body"].Value))
                checks.Add(($"{table.Groups["name"].Value}.{check.Groups["column"].Value}",
                    [.. check.Groups["values"].Value.Split(',').Select(v => v.Trim().Trim('\''))]));
        Assert.NotEmpty(checks);
        foreach (var (column, values) in checks)
        {
            var place = Places.SingleOrDefault(p => p.Column == column);
            Assert.True(place.Vocabulary is not null, $"Schema.sql checks {column} against ({string.Join(", ", values)}), which no vocabulary in {nameof(Places)} names.");
            Assert.Equal(Values(place.Vocabulary), values);
        }
        foreach (var place in Places.Where(p => p.Column is not null))
            Assert.Contains(place.Column, checks.Select(c => c.Column));
    }

    [Fact]
    public void Every_vocabulary_is_one_named_enumeration_of_the_contract_with_its_values()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")));
        var schemas = contract.RootElement.GetProperty("components").GetProperty("schemas");
        var vocabularies = typeof(IVocabulary).Assembly.GetTypes().Concat(typeof(VocabularyAttribute).Assembly.GetTypes())
            .Where(t => t.IsClass && typeof(IVocabulary).IsAssignableFrom(t)).Distinct().ToList();
        Assert.Contains(typeof(MigofCategory), vocabularies);
        foreach (var vocabulary in vocabularies)
        {
            Assert.True(schemas.TryGetProperty(vocabulary.Name, out var declared), $"openapi.json declares no {vocabulary.Name}: regenerate it (dotnet run --project api -- openapi).");
            Assert.Equal(Values(vocabulary), declared.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!));
        }
    }

    [GeneratedRegex(@"CREATE TABLE (?<name>\w+) \((?<body>.*?)\n\)", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"CHECK \((?<column>\w+) IN \((?<values>[^)]*)\)\)")]
    private static partial Regex Check();
}
