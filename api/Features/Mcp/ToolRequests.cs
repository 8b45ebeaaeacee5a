using Mgi.Api.Contract;
namespace Mgi.Api.Features.Mcp;

/// <summary>
/// A tool's arguments under the HTTP API's rules: they fill the request type of the route that answers
/// the same question, which is checked by that route's validator (<see cref="ParameterRules{T}"/> and
/// the rest) and its known-code check, with the same messages. A refusal is a tool error.
/// </summary>
public sealed class ToolRequests(KnownCodes known)
{
    /// <summary>The tools' page size (a page of findings or hits that a model reads whole); the API's pageSize=10.</summary>
    public const int PageSize = 10;

    public T Valid<T>(T request, IValidator<T> validator) where T : class
    {
        var failures = validator.Validate(request).Errors;
        failures.AddRange(known.Check(request, failures));
        if (failures.Count > 0) throw new ToolArgumentException(failures);
        return request;
    }
}

/// <summary>The route whose request type a tool's arguments fill: their input schema is made from its annotations (<see cref="ArgumentSchemas"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ArgumentsOfAttribute(Type request) : Attribute
{
    public Type Request { get; } = request;
}
