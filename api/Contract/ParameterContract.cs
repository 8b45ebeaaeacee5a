using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Mgi.Api.Contract;

/// <summary>
/// Writes each query parameter's data annotations into the contract (minimum, maximum, enum,
/// pattern, maxLength) and marks a query parameter required only when it is [Required]: the
/// others have defaults or mean "no filter" when absent. A filter of a known set of codes
/// ([KnownCode]) says that a code outside it is a 400, and where the set is listed. The validators read the same annotations (<see cref="ParameterRules{T}"/>).
/// </summary>
public sealed class ParameterContract : IOperationProcessor
{
    /// <summary>The request type of the endpoint an operation describes, or null (no request, or not an endpoint).</summary>
    internal static Type? RequestType(OperationProcessorContext context) =>
        (context as AspNetCoreOperationProcessorContext)?.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<EndpointDefinition>().FirstOrDefault()?.ReqDtoType;

    public bool Process(OperationProcessorContext context)
    {
        if (RequestType(context) is not { } requestType) return true;

        foreach (var parameter in context.OperationDescription.Operation.Parameters)
        {
            var property = requestType.GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) continue;
            if (parameter.Kind == OpenApiParameterKind.Query) parameter.IsRequired = property.GetCustomAttribute<RequiredAttribute>() is not null;
            var schema = parameter.Schema ?? parameter.ActualSchema;
            if (schema is null) continue;
            // A required parameter has a value: never null (the property is nullable only so that
            // its absence reaches the validator, which names it).
            if (parameter.IsRequired) schema.IsNullableRaw = false;
            if (property.GetCustomAttribute<KnownCodeAttribute>() is { } known)
            {
                var (where, list, keyName) = KnownCodes.Describe(known);
                var article = "aeiou".Contains(keyName[0], StringComparison.Ordinal) ? "An" : "A";
                parameter.Description = $"{parameter.Description} {article} {keyName} that matches none of the {known.Noun}s' {keyName}s ({where} lists them) " +
                    "is a 400 that suggests the closest; a known one that selects nothing is a 200 with total 0.";
                // Machine-readable, for tools that generate requests (the contract fuzzer): the list whose items' field holds the known values.
                parameter.ExtensionData ??= new Dictionary<string, object?>();
                parameter.ExtensionData["x-known-values"] = new Dictionary<string, string> { ["list"] = list, ["field"] = keyName };
            }
            if (property.GetCustomAttribute<VocabularyAttribute>() is { } vocabulary)
            {
                // A named enumeration, shared with the records that send it: only the reference here.
                parameter.Schema = Vocabularies.Reference(context.Document, vocabulary);
                continue;
            }
            foreach (var check in property.GetCustomAttributes<ValidationAttribute>())
            {
                switch (check)
                {
                    case RangeAttribute r:
                        schema.Minimum = Convert.ToDecimal(r.Minimum, CultureInfo.InvariantCulture);
                        if (r.Maximum is not int.MaxValue) schema.Maximum = Convert.ToDecimal(r.Maximum, CultureInfo.InvariantCulture);
                        break;
                    case AllowedValuesAttribute a:
                        foreach (var value in a.Values) schema.Enumeration.Add(value);
                        break;
                    case RegularExpressionAttribute x:
                        schema.Pattern = x.Pattern;
                        break;
                    case MaxLengthAttribute m:
                        schema.MaxLength = m.Length;
                        break;
                }
            }
            if (schema.Type.HasFlag(JsonObjectType.Integer) && schema.Format is null) schema.Format = "int32";
        }
        return true;
    }
}
