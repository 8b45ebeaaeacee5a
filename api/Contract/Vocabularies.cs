using System.Reflection;
using NJsonSchema;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// Declares each <see cref="VocabularyAttribute"/> once as a named string enumeration in the
/// contract's components, and points the filters and record properties that use it there. Without
/// it, every filter had an anonymous enum of its own (clients generated Format, Format2 … Format11)
/// and the records sent the same values as plain strings.
/// </summary>
public static class Vocabularies
{
    /// <summary>The schema of <paramref name="vocabulary"/> in <paramref name="document"/>, added on first use.</summary>
    public static JsonSchema Declare(OpenApiDocument document, VocabularyAttribute vocabulary)
    {
        var schemas = document.Components.Schemas;
        if (schemas.TryGetValue(vocabulary.Name, out var declared))
        {
            // One name, one set of values: two declarations that drifted apart fail the contract build.
            if (!declared.Enumeration.Select(v => v?.ToString()).SequenceEqual(vocabulary.Terms))
                throw new InvalidOperationException($"Vocabulary {vocabulary.Name} is declared with different values in two places.");
            return declared;
        }
        var schema = new JsonSchema
        {
            Type = JsonObjectType.String,
            Description = $"One of: {string.Join(", ", vocabulary.Terms)}.",
        };
        foreach (var term in vocabulary.Terms) schema.Enumeration.Add(term);
        schemas.Add(vocabulary.Name, schema);
        return schema;
    }

    /// <summary>A parameter's schema: a reference to its vocabulary.</summary>
    public static JsonSchema Reference(OpenApiDocument document, VocabularyAttribute vocabulary) =>
        new() { Reference = Declare(document, vocabulary) };

    /// <summary>Points every record property that carries a vocabulary at its declaration.</summary>
    public static void Apply(OpenApiDocument document)
    {
        var records = typeof(Vocabularies).Assembly.GetTypes().Where(t => t.IsClass && document.Components.Schemas.ContainsKey(t.Name));
        foreach (var record in records)
        {
            var schema = document.Components.Schemas[record.Name];
            foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<VocabularyAttribute>() is not { } vocabulary) continue;
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (!schema.Properties.TryGetValue(name, out var declared))
                    throw new InvalidOperationException($"{record.Name}.{name} carries a vocabulary but is not in the contract.");
                // allOf keeps the property's own description beside the reference (OpenAPI 3.0
                // ignores siblings of a bare $ref); a nullable property says so beside it.
                declared.Type = JsonObjectType.None;
                declared.AllOf.Clear();
                declared.AllOf.Add(Reference(document, vocabulary));
            }
        }
    }
}
