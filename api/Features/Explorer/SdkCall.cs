using System.Reflection;
using System.Text;
using Mgi.Api.Contract;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// The C# client call that asks the API what a page shows (docs/client-sdk.md): the client's
/// method (the operation id + Async) with the page's query parameters as named arguments, typed as
/// the client types them (a vocabulary's value as its enum member).
/// </summary>
public static class SdkCall
{
    public static string For<TRequest>(string client, string operationId, ViewQuery query, params string[] routeValues)
    {
        var arguments = routeValues.Select(Literal).ToList();
        foreach (var (name, value) in query.Given)
        {
            if (name.Equals("format", StringComparison.OrdinalIgnoreCase) || name.Equals("hxl", StringComparison.OrdinalIgnoreCase)) continue;
            var property = typeof(TRequest).GetProperty(name, BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance);
            if (property is null || value is null) continue;
            var parameter = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var literal = property.GetCustomAttribute<VocabularyAttribute>() is { } vocabulary
                ? vocabulary.Name + "." + Pascal(value)
                : type == typeof(int) || type == typeof(bool) ? value.ToLowerInvariant() : Literal(value);
            arguments.Add($"{parameter}: {literal}");
        }
        return $"await {client}.{operationId}Async({string.Join(", ", arguments)});";
    }

    static string Pascal(string kebab) => string.Concat(kebab.Split('-', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
            text.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", _ => c.ToString() });
        return text.Append('"').ToString();
    }
}
