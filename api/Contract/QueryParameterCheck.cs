using FastEndpoints;
using FluentValidation.Results;

namespace Mgi.Api.Contract;

/// <summary>
/// Rejects query parameters an endpoint does not know, and parameters given more than once, with
/// a 400 naming them: a misspelt filter must not silently return everything.
/// </summary>
public sealed class QueryParameterCheck : IGlobalPreProcessor
{
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
            : QueryParameters.Of(requestType).Select(p => p.Name);
        // The query parameters it takes: its request's properties less those bound from the route.
        var takes = known.Where(k => !http.Request.RouteValues.ContainsKey(k)).Order().ToList();
        var failures = new List<ValidationFailure>();
        foreach (var (key, values) in http.Request.Query)
        {
            if (!takes.Contains(key, StringComparer.OrdinalIgnoreCase))
                failures.Add(new(key, Unknown(key, takes)));
            else if (values.Count > 1)
                failures.Add(new(key, $"Query parameter '{key}' is given {values.Count} times; give it once."));
        }
        if (failures.Count == 0) return;
        // What binding or validation said of these parameters follows from this (a repeated value
        // reaches them joined with commas: "dimension must be an integer; '3,4' is not."): the cause
        // is answered instead.
        context.ValidationFailures.RemoveAll(f => failures.Any(u => string.Equals(u.PropertyName, f.PropertyName, StringComparison.OrdinalIgnoreCase)));
        context.ValidationFailures.AddRange(failures);
        // An endpoint that answers its own failures (DontThrowIfValidationFails: the explorer's pages,
        // which answer them as a page) gets these with the others and sends them itself.
        if (AnswersItsOwnFailures(http))
        {
            http.Items[RefusedKey] = true;
            return;
        }
        await http.Response.SendErrorsAsync(context.ValidationFailures, 400, cancellation: ct);
    }

    static readonly object RefusedKey = new();

    /// <summary>
    /// Whether a check has answered the request already: the response started, or, for an endpoint
    /// that answers its own failures, this check refused its parameters (the later checks then stand
    /// aside, as they do when this one has sent the problem).
    /// </summary>
    internal static bool Answered(HttpContext http) => http.ResponseStarted() || http.Items.ContainsKey(RefusedKey);

    /// <summary>An endpoint that sends its own failures (DontThrowIfValidationFails): the checks add to them and send nothing.</summary>
    internal static bool AnswersItsOwnFailures(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>() is { ThrowIfValidationFails: false };

    static string Unknown(string key, List<string> takes) =>
        takes.Count > 0 ? $"Unknown query parameter '{key}'. Known: {string.Join(", ", takes)}."
        // An item or a document: no parameter at all, and no CSV form to ask for.
        : CsvParameters.Contains(key) ? $"Unknown query parameter '{key}': this operation takes none and has no CSV form ({key} is a parameter of the lists)."
        : $"Unknown query parameter '{key}': this operation takes none.";

    static readonly HashSet<string> CsvParameters = new(StringComparer.OrdinalIgnoreCase) { "format", "hxl" };
}
