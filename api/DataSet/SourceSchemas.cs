using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Mgi.Api.DataSet;

/// <summary>
/// The JSON Schemas of the data directory being built (its schema/ folder), read at each build so
/// that a change to a schema takes effect without recompiling. They are the one home of each
/// file's shape (required fields, types, patterns, vocabularies, rules between fields of one
/// record); the C# checks keep what a schema cannot say (references across files, aliases found in
/// texts, uniqueness of a field across records).
/// </summary>
public sealed partial class SourceSchemas
{
    /// <summary>The schema each file is validated against, by the file's folder (or the catalogue file itself).</summary>
    public static string SchemaFileOf(string relativePath) => relativePath switch
    {
        _ when relativePath.StartsWith("profiles/", StringComparison.Ordinal) => "profile.schema.json",
        _ when relativePath.StartsWith("instruments/", StringComparison.Ordinal) => "instruments.schema.json",
        _ => Path.GetFileNameWithoutExtension(relativePath) + ".schema.json",
    };

    readonly string _folder;
    // Each build has its own registry: two data directories (tests build many) may hold different
    // schemas under the same $id, which the library's global registry would refuse.
    readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    readonly Dictionary<string, JsonSchema> _schemas = [];

    static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        // "format": "uri" is a rule, not a remark (a note's links must be absolute).
        RequireFormatValidation = true,
        Culture = CultureInfo.InvariantCulture,
    };

    public SourceSchemas(string dataDirectory) => _folder = Path.Combine(dataDirectory, "schema");

    /// <summary>Every schema file, for the data set's digest.</summary>
    public static IEnumerable<string> Files(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "schema");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.schema.json").Order(StringComparer.Ordinal) : [];
    }

    /// <summary>
    /// Throws a <see cref="DataSetException"/> naming the file, the record (array element and its id)
    /// and the field of the first place where <paramref name="document"/> breaks its schema.
    /// </summary>
    public void Validate(string file, string relativePath, JsonElement document)
    {
        var result = Schema(file, SchemaFileOf(relativePath)).Evaluate(document, Evaluation);
        if (result.IsValid) return;
        var (location, problem) = FirstError(result);
        var (record, field, value) = Locate(document, location, problem);
        // The value as written, so that the curator sees what the schema refused.
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            problem = $"{value.GetRawText()}: {problem}";
        throw new DataSetException(file, record, field, problem);
    }

    JsonSchema Schema(string file, string schemaFile)
    {
        if (_schemas.TryGetValue(schemaFile, out var known)) return known;
        var path = Path.Combine(_folder, schemaFile);
        if (!File.Exists(path)) throw new DataSetException(file, "-", "-", $"its schema data/schema/{schemaFile} is missing");
        try
        {
            return _schemas[schemaFile] = JsonSchema.FromText(File.ReadAllText(path), _build);
        }
        catch (Exception e) when (e is JsonException or JsonSchemaException or ArgumentException)
        {
            throw new DataSetException($"data/schema/{schemaFile}", "-", "-", "the schema cannot be read: " + e.Message);
        }
    }

    /// <summary>
    /// The deepest failure and its message: the innermost failure says what is wrong (a record's
    /// field rather than the array holding it). Only invalid nodes are walked, so a oneOf branch
    /// that did not match while another did, or an "if" that does not hold, is no failure.
    /// </summary>
    static (string[] Location, string Problem) FirstError(EvaluationResults result)
    {
        var failures = Failures(result).Select(d => (Location: Segments(d.InstanceLocation.ToString()), Errors: d.Errors!)).ToList();
        if (failures.Count == 0) return ([], "does not match its schema");
        var deepest = failures.OrderByDescending(f => f.Location.Length).First();
        var (keyword, message) = deepest.Errors.OrderBy(e => e.Key == "type" ? 1 : 0).First();
        return (deepest.Location, keyword == "false" || message.Contains("false schema", StringComparison.Ordinal)
            ? "is not a field of this record (misspelt?)"
            : message);
    }

    static IEnumerable<EvaluationResults> Failures(EvaluationResults node)
    {
        if (node.IsValid || node.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal)) yield break;
        if (node.Errors is { Count: > 0 }) yield return node;
        foreach (var detail in node.Details ?? [])
            foreach (var failure in Failures(detail))
                yield return failure;
    }

    static string[] Segments(string pointer) =>
        pointer.Length == 0 || pointer == "/" ? [] : [.. pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~"))];

    /// <summary>
    /// The record is the innermost array element that is an object, named by its index and id
    /// (policies[2] (MEX-2022-1.2-03)); the field is the rest of the path (text, license.url,
    /// aliases[1]), or the missing required member. At the top of a file the record is "-".
    /// </summary>
    static (string Record, string Field, JsonElement Value) Locate(JsonElement document, string[] location, string problem)
    {
        var elements = new List<JsonElement> { document };
        foreach (var segment in location)
        {
            var current = elements[^1];
            elements.Add(current.ValueKind == JsonValueKind.Array ? current[int.Parse(segment, CultureInfo.InvariantCulture)]
                : current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var member) ? member : default);
        }
        var recordAt = -1;
        for (var i = 0; i < location.Length; i++)
            if (elements[i].ValueKind == JsonValueKind.Array && elements[i + 1].ValueKind == JsonValueKind.Object) recordAt = i;

        var record = recordAt < 0 ? "-" : Name(location.Take(recordAt), int.Parse(location[recordAt], CultureInfo.InvariantCulture), elements[recordAt + 1]);
        var rest = location.Skip(recordAt + 1).Select((s, k) => elements[recordAt + 1 + k].ValueKind == JsonValueKind.Array ? $"[{s}]" : "." + s);
        var field = string.Concat(rest).TrimStart('.');
        if (MissingMember().Match(problem) is { Success: true } missing)
            field = field.Length == 0 ? missing.Groups[1].Value : field + "." + missing.Groups[1].Value;
        return (record, field.Length == 0 ? "-" : field, elements[^1]);
    }

    static string Name(IEnumerable<string> arrayPath, int index, JsonElement element)
    {
        var name = $"{string.Join(".", arrayPath)}[{index}]";
        foreach (var key in IdMembers)
            if (element.TryGetProperty(key, out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                return key == "id" ? $"{name} ({id})" : $"{name} ({key} {id})";
        return name;
    }

    /// <summary>What names a record, in order of preference: its id, its code, a ratification's convention, a note's number.</summary>
    static readonly string[] IdMembers = ["id", "code", "conventionCode", "number"];

    // The library's message for "required" lists the missing members as a JSON array.
    [GeneratedRegex("""Required properties \["([^"]+)""")]
    private static partial Regex MissingMember();
}
