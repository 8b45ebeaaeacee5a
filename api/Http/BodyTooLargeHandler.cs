using Microsoft.AspNetCore.Diagnostics;

namespace Mgi.Api.Http;

/// <summary>
/// An MCP message sent in chunks that runs past its limit stops the server's read of it
/// (<see cref="RequestLimits"/> set the limit): a 413 problem, as for a declared length over it.
/// </summary>
public sealed class BodyTooLargeHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || RequestLimits.Limit(httpContext) is not { } limit)
            return false;
        await httpContext.Response.SendErrorsAsync([RequestLimits.TooLarge(limit)], StatusCodes.Status413PayloadTooLarge, cancellation: cancellationToken);
        return true;
    }
}
