using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// Every field of a record the API sends is always present in its JSON (a value the source does not
/// give is null, written as null, never left out), so every property of the response schemas is
/// required; whether it may be null is said by nullable. Problem details are the exception: their
/// fields depend on the error (ProblemContract).
/// </summary>
public static class RequiredFields
{
    public static void Apply(OpenApiDocument document)
    {
        foreach (var (name, schema) in document.Components.Schemas)
        {
            if (name.StartsWith("Problem", StringComparison.Ordinal)) continue; // ProblemDetails, ProblemError
            foreach (var property in schema.Properties.Keys.Where(p => !schema.RequiredProperties.Contains(p)))
                schema.RequiredProperties.Add(property);
        }
    }
}
