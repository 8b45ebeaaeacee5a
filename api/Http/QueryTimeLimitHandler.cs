using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Http;

/// <summary>A statement interrupted by the query time limit, or a search of the text index stopped by it, is the server's problem, and temporary: 503.</summary>
public sealed class QueryTimeLimitHandler : IExceptionHandler
{
    const int SqliteInterrupt = 9;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SqliteException { SqliteErrorCode: SqliteInterrupt } or Text.TextTimeLimitException)) return false;
        httpContext.Response.Headers.RetryAfter = "1";
        await httpContext.Response.SendErrorsAsync(
            [new ValidationFailure("query", "The query took longer than the service's time limit; retry later or narrow the filters.")],
            StatusCodes.Status503ServiceUnavailable, cancellation: cancellationToken);
        return true;
    }
}
