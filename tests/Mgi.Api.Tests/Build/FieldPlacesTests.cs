using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mgi.Api.Csv;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// A field the data carries is still named in a few places (its JSON Schema, its source record, the
/// insert, Schema.sql, the resource's SELECT, the served record, docs/hxl.md). The serializer and
/// the resources' start-up read fail on most slips; these tests catch the rest: a column of
/// Schema.sql without its record property and CSV column, its HXL tag in docs/hxl.md and its entry in
/// the data's JSON Schema, and a CSV column or schema entry without its column.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class FieldPlacesTests(ApiFactory api)
{
    /// <summary>Columns the service keeps for order or filters and never serves.</summary>
    static readonly HashSet<string> Internal =
    [
        "footnotes.jurisdiction_code", "sources.jurisdiction_code",
        "jurisdictions.sort_key", "profiles.national_code", "indicators.sequence", "conventions.ord", "policies.ord",
        "instruments.ord", "covid_responses.ord", "footnotes.section_ord", "sources.ord",
    ];

    /// <summary>Columns the build derives (from the file or profile a record is in, or from other records): served, not curated.</summary>
    static readonly HashSet<string> Derived =
    [
        "ratifications.profile_id", "ratifications.jurisdiction_code", "policies.profile_id", "policies.jurisdiction_code",
        "instruments.jurisdiction_code", "instruments.policy_ids_json", "instruments.covid_response_ids_json", "covid_responses.profile_id", "covid_responses.jurisdiction_code",
        "footnotes.id", "footnotes.profile_id", "sources.profile_id", "sources.instrument_ids_json",
    ];

    /// <summary>A column named otherwise in the data file: table.column → the file's field.</summary>
    static readonly Dictionary<string, string> Renamed = new() { ["policies.dimension_number"] = "dimension" };

    /// <summary>Served fields read from other tables by the resource's SELECT (not columns of its own table).</summary>
    static readonly HashSet<string> Computed = ["jurisdictions.profiles", "ratifications.conventionName"];

    /// <summary>Where each table's records are in the data: the schema file and the path to the record's schema.</summary>
    static readonly Dictionary<string, (string Schema, string[] Path)> Records = new()
    {
        ["jurisdictions"] = ("jurisdictions.schema.json", ["properties", "jurisdictions", "items"]),
        ["profiles"] = ("profile.schema.json", []),
        ["dimensions"] = ("dimensions.schema.json", ["properties", "dimensions", "items"]),
        ["indicators"] = ("indicators.schema.json", ["properties", "indicators", "items"]),
        ["conventions"] = ("conventions.schema.json", ["properties", "conventions", "items"]),
        ["ratifications"] = ("profile.schema.json", ["properties", "ratifications", "items"]),
        ["policies"] = ("profile.schema.json", ["properties", "policies", "items"]),
        ["instruments"] = ("instruments.schema.json", ["properties", "instruments", "items"]),
        ["covid_responses"] = ("profile.schema.json", ["properties", "covidResponses", "items"]),
        ["footnotes"] = ("profile.schema.json", ["properties", "footnotes", "items"]),
        ["sources"] = ("profile.schema.json", ["properties", "sources", "items"]),
    };

    /// <summary>Fields of a record's schema that are other tables' records (a profile's findings…), or only for editors.</summary>
    static readonly HashSet<string> NotColumns = ["$schema", "ratifications", "policies", "covidResponses", "footnotes", "sources"];

    /// <summary>One spelling for a column, a CSV column and a schema path: license_name, license.name → licensename.</summary>
    static string Key(string name) => Regex.Replace(name.EndsWith("_json", StringComparison.Ordinal) ? name[..^5] : name, "[_.]", "").ToLowerInvariant();

    /// <summary>Schema.sql's tables (not the text indexes and links) and their columns.</summary>
    public static Dictionary<string, List<string>> SqlColumns(string sql) =>
        Table().Matches(sql).Where(t => Records.ContainsKey(t.Groups["name"].Value)).ToDictionary(
            t => t.Groups["name"].Value,
            t => Column().Matches(t.Groups["body"].Value).Select(c => c.Groups["name"].Value)
                .Where(c => c is not ("PRIMARY" or "UNIQUE" or "CHECK" or "FOREIGN")).ToList());

    /// <summary>Every field path of a record's schema (nested objects flattened: license.name), through oneOf/allOf branches.</summary>
    static IEnumerable<string> SchemaFields(JsonNode? schema, string prefix = "")
    {
        if (schema is not JsonObject o) yield break;
        if (o["properties"] is JsonObject properties)
            foreach (var (name, child) in properties)
            {
                yield return prefix + name;
                if (child?["type"]?.ToString() != "array")
                    foreach (var nested in SchemaFields(child, prefix + name + ".")) yield return nested;
            }
        foreach (var branch in Branches.Select(k => o[k]).OfType<JsonArray>().SelectMany(a => a))
            foreach (var nested in SchemaFields(branch, prefix)) yield return nested;
    }

    static readonly string[] Branches = ["oneOf", "anyOf"];

    static JsonNode RecordSchema(string table)
    {
        var (file, path) = Records[table];
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", file)))!;
        foreach (var step in path) node = node[step]!;
        return node;
    }

    /// <summary>docs/hxl.md: the columns each section lists.</summary>
    static Dictionary<string, HashSet<string>> HxlDocs()
    {
        var sections = new Dictionary<string, HashSet<string>>();
        HashSet<string>? current = null;
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "hxl.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) sections[line[3..].Trim()] = current = [];
            else if (current is not null && DocRow().Match(line) is { Success: true } row) current.Add(row.Groups["column"].Value);
        }
        return sections;
    }

    public static TheoryData<string> Tables() => [.. Records.Keys];

    IResource Resource(string table) =>
        api.Services.GetRequiredService<Resources>().All.Single(r => r.Name.Replace('-', '_') == table);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_column_of_schema_sql_has_its_record_property_csv_column_hxl_tag_and_schema_entry(string table)
    {
        var columns = SqlColumns(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api", "DataSet", "Schema.sql")))[table];
        var resource = Resource(table);
        var csv = CsvColumns.For(resource.ItemType).Columns.Select(c => c.Name).ToList();
        var docs = HxlDocs()[resource.Name];
        var schema = SchemaFields(RecordSchema(table)).Select(Key).ToHashSet();
        foreach (var column in columns.Where(c => !Internal.Contains($"{table}.{c}")))
        {
            var served = csv.SingleOrDefault(c => Key(c) == Key(column));
            Assert.True(served is not null, $"Schema.sql's {table}.{column} has no property in {resource.ItemType.Name} (and so no CSV column); if it is never served, list it in {nameof(Internal)}.");
            Assert.True(docs.Contains(served), $"docs/hxl.md lists no HXL tag for {resource.Name}'s column '{served}': regenerate it (MGI_UPDATE_DOCS=1 dotnet test Mgi.Api.sln --filter HxlTests).");
            if (Derived.Contains($"{table}.{column}")) continue;
            var field = Renamed.GetValueOrDefault($"{table}.{column}", column);
            Assert.True(schema.Contains(Key(field)), $"Schema.sql's {table}.{column} has no entry in data/schema/{Records[table].Schema} (the record's '{field}'); if the build derives it, list it in {nameof(Derived)}.");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_served_field_and_every_schema_entry_has_its_column(string table)
    {
        var columns = SqlColumns(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api", "DataSet", "Schema.sql")))[table].Select(Key).ToHashSet();
        var resource = Resource(table);
        foreach (var column in CsvColumns.For(resource.ItemType).Columns.Select(c => c.Name).Where(c => !Computed.Contains($"{table}.{c}")))
            Assert.True(columns.Contains(Key(column)), $"{resource.ItemType.Name}'s '{column}' has no column in Schema.sql's {table}; if the resource reads it from another table, list it in {nameof(Computed)}.");
        var renamedFrom = Renamed.Where(r => r.Key.StartsWith(table + ".", StringComparison.Ordinal)).ToDictionary(r => Key(r.Value), r => Key(r.Key[(table.Length + 1)..]));
        foreach (var field in SchemaFields(RecordSchema(table)).Where(f => !NotColumns.Contains(f)))
        {
            // An object's own name is not a column; its fields are (license → license_name…).
            if (SchemaFields(RecordSchema(table)).Any(g => g.StartsWith(field + ".", StringComparison.Ordinal))) continue;
            var key = renamedFrom.GetValueOrDefault(Key(field), Key(field));
            Assert.True(columns.Contains(key), $"data/schema/{Records[table].Schema}'s '{field}' has no column in Schema.sql's {table}.");
        }
    }

    [GeneratedRegex(@"CREATE TABLE (?<name>\w+) \((?<body>.*?)\n\)", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"^\s+(?<name>\w+)\s", RegexOptions.Multiline)]
    private static partial Regex Column();

    [GeneratedRegex(@"^\| `(?<column>[^`]+)` \|")]
    private static partial Regex DocRow();
}
