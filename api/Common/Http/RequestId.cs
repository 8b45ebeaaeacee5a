using System.Text.RegularExpressions;

namespace Mgi.Api.Common.Http;

/// <summary>
/// Gives every request an id, the client's X-Request-Id when it is a sensible token, else a new
/// one; echoes it in X-Request-Id and makes it the trace identifier that problem details carry as
/// traceId and the request log records (<see cref="RequestLog"/>). Every response also names
/// the data-set version.
/// </summary>
public sealed partial class RequestId(RequestDelegate next, Database database)
{
    public const string Header = "X-Request-Id";
    public const string DatasetVersionHeader = "X-Dataset-Version";

    public async Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var id = Token().IsMatch(given) ? given : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // Set when the response starts: after the output cache has copied a stored response's headers.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            context.Response.Headers[DatasetVersionHeader] = database.DatasetVersion;
            return Task.CompletedTask;
        });
        await next(context);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Token();
}
