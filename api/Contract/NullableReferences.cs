using NJsonSchema;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// A property that holds a named schema or null, in a form OpenAPI 3.0.3 gives that meaning.
/// The generator writes it as <c>{ nullable: true, oneOf: [ $ref ] }</c>, but under 3.0.3
/// <c>nullable</c> only adds null to the <c>type</c> of its own Schema Object and means nothing
/// without one, so strict validators refuse the null the service sends (Redocly:
/// nullable-type-sibling). Giving it <c>type: object</c> beside an <c>allOf</c> does not help: the
/// referenced schema still refuses null. What holds is a choice between the reference and a schema
/// that admits null alone: <c>oneOf: [ $ref, { type: object, nullable: true, enum: [null] } ]</c>.
/// Generated clients read it as before (NJsonSchema, and so the C# client: a nullable License).
/// </summary>
public static class NullableReferences
{
    public static void Apply(OpenApiDocument document)
    {
        foreach (var schema in document.Components.Schemas.Values)
            foreach (var property in schema.Properties.Values)
                if (property.IsNullableRaw == true && property.Type == JsonObjectType.None && SoleReference(property) is { } reference)
                {
                    property.IsNullableRaw = null;
                    property.AllOf.Clear();
                    property.AnyOf.Clear();
                    property.OneOf.Clear();
                    property.OneOf.Add(new JsonSchema { Reference = reference });
                    property.OneOf.Add(Null());
                }
    }

    /// <summary>The schema a property refers to through its only allOf, anyOf or oneOf entry, or null.</summary>
    static JsonSchema? SoleReference(JsonSchema property)
    {
        var entries = property.AllOf.Concat(property.AnyOf).Concat(property.OneOf).ToList();
        return entries is [{ Reference: { } reference }] ? reference : null;
    }

    /// <summary>Null and nothing else, typed so that nullable has its 3.0.3 meaning.</summary>
    static JsonSchema Null()
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, IsNullableRaw = true };
        schema.Enumeration.Add(null);
        return schema;
    }
}
