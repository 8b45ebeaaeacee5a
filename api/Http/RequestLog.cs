using System.Diagnostics;
using Mgi.Api.Data;
using ZLogger;

namespace Mgi.Api.Http;

/// <summary>
/// One structured log event per request (method, path, query, status, duration, request id,
/// data-set version; and what a handler noted of it, <see cref="NoteKey"/>: the MCP tool called). Written through ZLogger's source-generated method: formatted straight to
/// UTF-8 and written in batches by a background writer (the framework's console logger takes a lock
/// and wakes its writer thread for every event; docs/benchmarks.md).
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers, Database database)
{
    /// <summary>The log category, named here rather than by the class's namespace, so that configuration keeps working when code moves.</summary>
    public const string Category = "Mgi.Api.RequestLog";

    readonly ILogger logger = loggers.CreateLogger(Category);

    /// <summary>
    /// A handler that has more to say of its request than its path (one POST /mcp is any tool) puts
    /// it in <see cref="HttpContext.Items"/> under this key, as a string: it goes on the request's line.
    /// </summary>
    public const string NoteKey = "Mgi.Api.RequestLog.Note";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (context.Items.TryGetValue(NoteKey, out var value) && value is string note)
                CompletedWithNote(logger, request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", context.Response.StatusCode,
                    elapsed, note, context.TraceIdentifier, database.DatasetVersion);
            else
                Completed(logger, request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", context.Response.StatusCode,
                    elapsed, context.TraceIdentifier, database.DatasetVersion);
        }
    }

    [ZLoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{method} {path}{query} -> {statusCode} in {durationMs:F3} ms (request {requestId}, data set {datasetVersion})")]
    static partial void Completed(ILogger logger, string method, string path, string query, int statusCode, double durationMs, string requestId, string datasetVersion);

    [ZLoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "{method} {path}{query} -> {statusCode} in {durationMs:F3} ms ({note}; request {requestId}, data set {datasetVersion})")]
    static partial void CompletedWithNote(ILogger logger, string method, string path, string query, int statusCode, double durationMs, string note, string requestId, string datasetVersion);
}
