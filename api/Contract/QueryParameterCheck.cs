using System.Collections.Concurrent;
using System.Reflection;
using FastEndpoints;
using FluentValidation.Results;

namespace Mgi.Api.Contract;

/// <summary>
/// Rejects query parameters an endpoint does not know, and parameters given more than once, with
/// a 400 naming them: a misspelt filter must not silently return everything.
/// </summary>
public sealed class QueryParameterCheck : IGlobalPreProcessor
{
    static readonly ConcurrentDictionary<Type, HashSet<string>> Known = new();

    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.Request.Query.Count == 0) return;
        // The request type, also when binding failed and left no request (a bad value of one
        // parameter must not make the others look unknown).
        var definition = http.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>();
        var requestType = context.Request?.GetType() ?? definition?.ReqDtoType;
        var known = requestType is null || requestType == typeof(EmptyRequest)
            ? []
            : Known.GetOrAdd(requestType, KnownNames);
        var failures = new List<ValidationFailure>();
        foreach (var (key, values) in http.Request.Query)
        {
            if (!known.Contains(key) || http.Request.RouteValues.ContainsKey(key))
                failures.Add(new(key, known.Count == 0
                    ? $"Unknown query parameter '{key}': this operation takes none."
                    : $"Unknown query parameter '{key}'. Known: {string.Join(", ", known.Where(k => !http.Request.RouteValues.ContainsKey(k)).Order())}."));
            else if (values.Count > 1)
                failures.Add(new(key, $"Query parameter '{key}' is given {values.Count} times; give it once."));
        }
        if (failures.Count == 0) return;
        context.ValidationFailures.AddRange(failures);
        // An endpoint that answers its own failures (DontThrowIfValidationFails: the explorer's pages,
        // which answer them as a page) gets these with the others and sends them itself.
        if (definition is { ThrowIfValidationFails: false }) return;
        await http.Response.SendErrorsAsync(context.ValidationFailures, 400, cancellation: ct);
    }

    static HashSet<string> KnownNames(Type requestType) => requestType
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
