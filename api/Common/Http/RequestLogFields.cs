using Microsoft.AspNetCore.HttpLogging;

namespace Mgi.Api.Common.Http;

/// <summary>Puts the request id and the data-set version into each request's log entry.</summary>
public sealed class RequestLogFields(Database database) : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        logContext.AddParameter("RequestId", logContext.HttpContext.TraceIdentifier);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        logContext.AddParameter("DatasetVersion", database.DatasetVersion);
        return ValueTask.CompletedTask;
    }
}
