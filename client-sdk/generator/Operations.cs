using System.Text.Json.Nodes;

namespace Mgi.Client.Generator;

/// <summary>One parameter of an operation as the C# client takes it.</summary>
sealed record Parameter(string Name, string In, bool Required, string Type, string? Description, int? Maximum, string? Pattern)
{
    /// <summary>The name of the options property that carries it: q reads as Query.</summary>
    public string Property => Name == "q" ? "Query" : char.ToUpperInvariant(Name[0]) + Name[1..];
}

/// <summary>One GET operation of the contract, with what the extra members need to know about it.</summary>
sealed record Operation(
    string Client, string Id, string Path, string? Summary, string? Description,
    IReadOnlyList<Parameter> Parameters, string? JsonType, string? ItemType, bool HasCsv,
    IReadOnlyList<(int Status, string Description)> Errors)
{
    /// <summary>The required parameters (a path's code, search's q): arguments of the method, not options.</summary>
    public IEnumerable<Parameter> Required => Parameters.Where(p => p.Required);

    /// <summary>The optional filters of a list, each a property of its options type (paging and facet apart).</summary>
    public IEnumerable<Parameter> Filters => Parameters.Where(p => !p.Required && p.Name is not ("page" or "pageSize" or "facet") && !Operations.CsvOnly.Contains(p.Name));

    /// <summary>The names a list can count by (its facet parameter's pattern), empty when it has none.</summary>
    public IReadOnlyList<string> FacetNames =>
        Parameters.FirstOrDefault(p => p.Name == "facet")?.Pattern is { } pattern
            ? System.Text.RegularExpressions.Regex.Match(pattern, @"^\^\(([^)]*)\)").Groups[1].Value.Split('|')
            : [];

    /// <summary>ListPolicies → ListPoliciesOptions; Search → SearchOptions.</summary>
    public string OptionsType => Id + "Options";

    /// <summary>Policy → PolicyFacet: the vocabulary of the list's facet names.</summary>
    public string FacetType => ItemType + "Facet";

}

static class Operations
{
    /// <summary>Query parameters that only make sense for CSV, left off the JSON methods.</summary>
    public static readonly HashSet<string> CsvOnly = ["format", "hxl"];

    /// <summary>True when an operation's 200 is JSON with a CSV alternative: a list.</summary>
    public static bool HasCsv(JsonObject operation) =>
        operation["responses"]?["200"]?["content"] is JsonObject content && content.ContainsKey("text/csv") && content.ContainsKey("application/json");

    /// <summary>True when an operation answers a page of the paging envelope: a list, which the client walks as a pageable.</summary>
    public static bool IsList(JsonObject operation, JsonObject schemas) =>
        operation["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() is { } reference
        && schemas[reference[(reference.LastIndexOf('/') + 1)..]]?["properties"]?["totalPages"] is not null;

    public static IReadOnlyList<Operation> In(JsonObject contract)
    {
        var schemas = contract["components"]!["schemas"]!.AsObject();
        var operations = new List<Operation>();
        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject get) continue;
            var json = get["responses"]?["200"]?["content"]?["application/json"]?["schema"];
            var jsonType = json is null ? null : TypeName(json);
            string? itemType = null;
            if (jsonType is not null && schemas[jsonType]?["properties"]?["items"]?["items"] is { } items
                && schemas[jsonType]?["properties"]?["totalPages"] is not null)
                itemType = TypeName(items);
            var parameters = (get["parameters"]?.AsArray() ?? []).Select(p => new Parameter(
                p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false,
                TypeName(p["schema"]!), p["description"]?.GetValue<string>(), (int?)p["schema"]?["maximum"]?.GetValue<double>(),
                p["schema"]?["pattern"]?.GetValue<string>())).ToList();
            var errors = get["responses"]!.AsObject()
                .Where(r => int.TryParse(r.Key, out var status) && status >= 400)
                .Select(r => (int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture), r.Value!["description"]?.GetValue<string>() ?? ""))
                .OrderBy(r => r.Item1).ToList();
            operations.Add(new Operation(
                get["tags"]![0]!.GetValue<string>() + "Client", get["operationId"]!.GetValue<string>(), path.TrimStart('/'),
                get["summary"]?.GetValue<string>(), get["description"]?.GetValue<string>(),
                parameters, jsonType, itemType, HasCsv(get), errors));
        }
        return operations;
    }

    /// <summary>The C# type NSwag gives a schema: a component by its name, else the primitive.</summary>
    static string TypeName(JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference) return reference[(reference.LastIndexOf('/') + 1)..];
        if (schema["allOf"]?[0] is { } single) return TypeName(single);
        return schema["type"]?.GetValue<string>() switch
        {
            "integer" when schema["format"]?.GetValue<string>() == "int64" => "long",
            "integer" => "int",
            "number" => "double",
            "array" => $"System.Collections.Generic.IEnumerable<{TypeName(schema["items"]!)}>",
            "boolean" => "bool",
            "string" => "string",
            "object" or null => "object",
            var other => throw new InvalidOperationException($"No C# type for a parameter of type {other}."),
        };
    }
}
