using NJsonSchema;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// The problem-details schema as this service sends it: what each field holds, which are always
/// there, and no sample values (the generator's defaults came from the web framework's examples:
/// an RFC 7231 type, "/api/route", a fixed trace id).
/// </summary>
public static class ProblemContract
{
    public static void Apply(OpenApiDocument document)
    {
        var problem = document.Components.Schemas["ProblemDetails"];
        problem.Description = "An error, as RFC 9457 problem details (application/problem+json). The errors array names each parameter at fault.";
        Describe(problem, "type", "A URI naming the kind of problem: the section of RFC 9110 (or RFC 6585 for 429) that defines the status.");
        Describe(problem, "title", "The status's name, e.g. Bad Request, Not Found.");
        Describe(problem, "status", "The HTTP status code.");
        Describe(problem, "instance", "The path of the request.");
        Describe(problem, "traceId", "The request's id, as in the X-Request-Id response header.");
        Describe(problem, "detail", "What went wrong, in words: the reasons of the errors, joined.");
        Describe(problem, "errors", "One entry per parameter at fault.");
        foreach (var required in new[] { "type", "title", "status" }) problem.RequiredProperties.Add(required);

        // FastEndpoints names it ProblemDetails_Error; clients make a type of the name.
        var error = document.Components.Schemas["ProblemDetails_Error"];
        document.Components.Schemas.Remove("ProblemDetails_Error");
        document.Components.Schemas.Add("ProblemError", error);
        error.Description = "One parameter at fault and why.";
        Describe(error, "name", "The parameter (query, route or header) at fault, e.g. pageSize, code, Accept.");
        Describe(error, "reason", "Why, in words.");
        foreach (var required in new[] { "name", "reason" }) error.RequiredProperties.Add(required);
    }

    static void Describe(JsonSchema schema, string property, string description)
    {
        var field = schema.Properties[property];
        field.Description = description;
        field.Default = null;
    }
}
