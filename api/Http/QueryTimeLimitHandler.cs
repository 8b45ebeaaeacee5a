using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Http;

/// <summary>A statement interrupted by the query time limit, or a search of the text index stopped by it, is the server's problem, and temporary: 503.</summary>
public sealed class QueryTimeLimitHandler : IExceptionHandler
{
    const int SqliteInterrupt = 9;

    /// <summary>What a request stopped by the time limit is told (the MCP tools say it too).</summary>
    public const string Reason = "The query took longer than the service's time limit; retry later or narrow the filters.";

    /// <summary>Whether <paramref name="exception"/> is a statement or a search stopped by the time limit.</summary>
    public static bool IsTimeLimit(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteInterrupt } or Text.TextTimeLimitException;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTimeLimit(exception)) return false;
        httpContext.Response.Headers.RetryAfter = "1";
        await httpContext.Response.SendErrorsAsync(
            [new ValidationFailure("query", Reason)],
            StatusCodes.Status503ServiceUnavailable, cancellation: cancellationToken);
        return true;
    }
}
