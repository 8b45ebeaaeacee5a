using System.Text.Json.Nodes;

namespace Mgi.Client.Generator;

/// <summary>One parameter of an operation as the C# client takes it.</summary>
sealed record Parameter(string Name, string In, bool Required, string Type, string? Description, int? Maximum)
{
    /// <summary>The C# type as a method parameter: optional ones are nullable and default to null.</summary>
    public string Declaration => Required ? $"{Type} {Name}" : $"{Type}? {Name} = null";
}

/// <summary>One GET operation of the contract, with what the extra members need to know about it.</summary>
sealed record Operation(
    string Client, string Id, string Path, string? Summary, string? Description,
    IReadOnlyList<Parameter> Parameters, string? JsonType, string? ItemType, bool HasCsv)
{
    /// <summary>The parameters of the JSON method: format and hxl belong to CSV only.</summary>
    public IEnumerable<Parameter> JsonParameters => Ordered(Parameters.Where(p => !Operations.CsvOnly.Contains(p.Name)));

    /// <summary>The parameters of the CSV method: CSV holds every matching row, so no paging, no format and no facet counts.</summary>
    public IEnumerable<Parameter> CsvParameters => Ordered(Parameters.Where(p => p.Name is not ("format" or "page" or "pageSize" or "facet")));

    /// <summary>The parameters of the walk over every page: the filters and the page size (facet counts are a page's, not an item's).</summary>
    public IEnumerable<Parameter> FilterParameters => JsonParameters.Where(p => p.Name is not ("page" or "facet"));

    // NSwag puts required parameters first (optional ones take defaults); the extra members follow it.
    static IEnumerable<Parameter> Ordered(IEnumerable<Parameter> parameters) =>
        parameters.OrderBy(p => p.Required ? 0 : 1);
}

static class Operations
{
    /// <summary>Query parameters that only make sense for CSV, left off the JSON methods.</summary>
    public static readonly HashSet<string> CsvOnly = ["format", "hxl"];

    /// <summary>True when an operation's 200 is JSON with a CSV alternative: a list.</summary>
    public static bool HasCsv(JsonObject operation) =>
        operation["responses"]?["200"]?["content"] is JsonObject content && content.ContainsKey("text/csv") && content.ContainsKey("application/json");

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
                TypeName(p["schema"]!), p["description"]?.GetValue<string>(), (int?)p["schema"]?["maximum"]?.GetValue<double>())).ToList();
            operations.Add(new Operation(
                get["tags"]![0]!.GetValue<string>() + "Client", get["operationId"]!.GetValue<string>(), path.TrimStart('/'),
                get["summary"]?.GetValue<string>(), get["description"]?.GetValue<string>(),
                parameters, jsonType, itemType, HasCsv(get)));
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
