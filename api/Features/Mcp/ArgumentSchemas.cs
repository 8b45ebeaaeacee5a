using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;
using Namotion.Reflection;
using Mgi.Api.Contract;

namespace Mgi.Api.Features.Mcp;

/// <summary>
/// Each tool's input schema from the same annotations as the HTTP API's contract and validators
/// (<see cref="ParameterContract"/>, <see cref="ParameterRules{T}"/>): an argument named as a property
/// of the tool's request type (<see cref="ArgumentsOfAttribute"/>) gets that property's description
/// (its XML documentation, as the contract has it), enum, minimum, maximum and maxLength; a filter
/// of known codes says what a code outside its set gets.
/// </summary>
public static class ArgumentSchemas
{
    // The tools are singletons and the options may be made more than once: each schema is made once.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<McpServerTool, object> Made = [];

    public static void Apply(McpServerOptions options)
    {
        foreach (var tool in options.ToolCollection ?? [])
        {
            if (!Made.TryAdd(tool, Made)) continue;
            var method = tool.Metadata.OfType<MethodInfo>().First();
            var schema = JsonNode.Parse(tool.ProtocolTool.InputSchema.GetRawText())!.AsObject();
            var request = method.GetCustomAttribute<ArgumentsOfAttribute>()?.Request;
            foreach (var (name, node) in schema["properties"]?.AsObject() ?? [])
            {
                var argument = node!.AsObject();
                if (request?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not { } property) continue;
                if (!argument.ContainsKey("description") && property.GetXmlDocsSummary() is { Length: > 0 } summary)
                    argument["description"] = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                foreach (var check in property.GetCustomAttributes<ValidationAttribute>())
                {
                    switch (check)
                    {
                        case RangeAttribute r:
                            argument["minimum"] = Convert.ToInt32(r.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                            if (r.Maximum is not int.MaxValue) argument["maximum"] = Convert.ToInt32(r.Maximum, System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        case AllowedValuesAttribute a:
                            // An argument that may be null (not given) lists null among its values too.
                            var values = a.Values.Select(v => (JsonNode?)JsonValue.Create(v?.ToString()));
                            if (argument["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")) values = values.Append(null);
                            argument["enum"] = new JsonArray([.. values]);
                            break;
                        case MaxLengthAttribute m:
                            argument["maxLength"] = m.Length;
                            break;
                    }
                }
                if (property.GetCustomAttribute<KnownCodeAttribute>() is { } known)
                {
                    var (where, _, keyName) = KnownCodes.Describe(known);
                    var article = "aeiou".Contains(keyName[0], StringComparison.Ordinal) ? "An" : "A";
                    argument["description"] += $" {article} {keyName} that matches none of the {known.Noun}s' ({where} lists them) is refused, naming the closest.";
                }
            }
            tool.ProtocolTool.InputSchema = JsonSerializer.SerializeToElement(schema);
        }
    }
}
