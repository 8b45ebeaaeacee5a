using System.Reflection;
using System.Text;
using Mgi.Api.Contract;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// The C# client call that asks the API what a page shows (docs/client-sdk.md): the list's pageable
/// (the operation id + Async), its required parameters as arguments, the page's other query
/// parameters as its options type's properties (typed as the client types them: a vocabulary's
/// value as its static member, a facet as the list's facet name), page by page with AsPages().
/// </summary>
public static class SdkCall
{
    public static string For<TRequest>(string client, string operationId, ViewQuery query, params string[] routeValues)
    {
        var arguments = routeValues.Select(Literal).ToList();
        var options = new List<string>();
        var facets = new List<string>();
        foreach (var (name, value) in query.Given)
        {
            if (value is null || name.ToLowerInvariant() is "format" or "hxl" or "page") continue;
            var property = typeof(TRequest).GetProperty(name, BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance);
            if (property is null) continue;
            if (property.Name.Equals("facet", StringComparison.OrdinalIgnoreCase))
            {
                facets.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => $"{ItemName(operationId, client)}Facet.{Pascal(f)}"));
                continue;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var literal = property.GetCustomAttribute<VocabularyAttribute>() is { } vocabulary
                ? vocabulary.Name + "." + Pascal(value)
                : type == typeof(int) || type == typeof(bool) ? value.ToLowerInvariant() : Literal(value);
            // A required parameter (search's q) is an argument; every other one a property of the options.
            if (property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RequiredAttribute>() is not null) arguments.Add(literal);
            else options.Add($"{(property.Name == "Q" ? "Query" : property.Name)} = {literal}");
        }
        if (facets.Count > 0) options.Add($"Facets = {{ {string.Join(", ", facets)} }}");
        if (options.Count > 0) arguments.Add($"new {operationId}Options {{ {string.Join(", ", options)} }}");
        return $"await foreach (var page in {client}.{operationId}Async({string.Join(", ", arguments)}).AsPages()) {{ … }}";
    }

    // The client names a list's facet vocabulary after its item: policies → PolicyFacet, search → SearchHitFacet.
    static string ItemName(string operationId, string client) => operationId switch
    {
        "Search" => "SearchHit",
        "ListPolicies" => "Policy",
        _ => Pascal(client.TrimEnd('s')),
    };

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
