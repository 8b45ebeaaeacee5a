using System.Text.RegularExpressions;
using Mgi.Api.Data;

namespace Mgi.Api.Http;

/// <summary>
/// Gives every request an id, the client's X-Request-Id when it is a sensible token, else a new
/// one; echoes it in X-Request-Id and makes it the trace identifier that problem details carry as
/// traceId and the request log records (<see cref="RequestLog"/>). Every response also names
/// the data-set version.
/// </summary>
public sealed partial class RequestId
{
    public const string Header = "X-Request-Id";
    public const string DatasetVersionHeader = "X-Dataset-Version";

    readonly RequestDelegate _next;
    readonly string _datasetVersion;
    readonly Func<object, Task> _setHeaders;

    public RequestId(RequestDelegate next, Database database)
    {
        _next = next;
        _datasetVersion = database.DatasetVersion;
        _setHeaders = SetHeaders; // one delegate for every request, not a closure each
    }

    public Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header];
        context.TraceIdentifier = given.Count == 1 && Token().IsMatch(given.ToString()) ? given.ToString() : Guid.NewGuid().ToString("N");
        // Set when the response starts, whoever answers (an endpoint, the response store, the
        // exception handler, which clears headers set earlier).
        context.Response.OnStarting(_setHeaders, context);
        return _next(context);
    }

    Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        context.Response.Headers[Header] = context.TraceIdentifier;
        context.Response.Headers[DatasetVersionHeader] = _datasetVersion;
        return Task.CompletedTask;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Token();
}
