using Microsoft.Extensions.Options;

namespace Mgi.Api.Http;

/// <summary>
/// Limits a read-only API can state plainly: a query string no longer than configured (414) and
/// no request body (413). Kestrel's own limits sit above these, so clients get problem details.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IOptions<HttpOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var max = options.Value.MaxQueryStringLength;
        if (request.QueryString.Value is { } query && query.Length > max)
            return context.Response.SendErrorsAsync(
                [new ValidationFailure("query", $"The query string is {query.Length} characters long; the limit is {max}.")],
                StatusCodes.Status414UriTooLong);
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            return context.Response.SendErrorsAsync(
                [new ValidationFailure("body", "This API is read-only and takes no request body.")],
                StatusCodes.Status413PayloadTooLarge);
        return next(context);
    }
}
