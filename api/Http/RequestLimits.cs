using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Http;

/// <summary>
/// Limits a read-only API can state plainly: a query string no longer than configured (414) and
/// no request body (413), except the JSON-RPC messages POSTed to /mcp, which are bounded in size
/// (413 above <see cref="HttpOptions.MaxMcpRequestBytes"/>). Kestrel's own limits sit above these,
/// so clients get problem details.
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
        {
            if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments(ApiPaths.Mcp))
                return McpMessage(context);
            return context.Response.SendErrorsAsync(
                [new ValidationFailure("body", "This API is read-only and takes no request body.")],
                StatusCodes.Status413PayloadTooLarge);
        }
        return next(context);
    }

    /// <summary>A JSON-RPC message for the MCP server: admitted up to the limit, whether its length is declared or it is sent in chunks.</summary>
    Task McpMessage(HttpContext context)
    {
        var limit = options.Value.MaxMcpRequestBytes;
        if (context.Request.ContentLength > limit)
            return context.Response.SendErrorsAsync([TooLarge(limit)], StatusCodes.Status413PayloadTooLarge);
        // A chunked body is counted as it is read: past the limit the server stops reading it
        // (BadHttpRequestException, 413; answered by BodyTooLargeHandler).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        context.Items[LimitKey] = limit;
        return next(context);
    }

    static readonly object LimitKey = new();

    /// <summary>The refusal of a body over <paramref name="limit"/> bytes.</summary>
    internal static ValidationFailure TooLarge(long limit) =>
        new("body", $"A Model Context Protocol message is at most {limit} bytes; this one is longer.");

    /// <summary>The body limit set on this request, if it is an MCP message.</summary>
    internal static long? Limit(HttpContext context) => context.Items.TryGetValue(LimitKey, out var limit) ? (int)limit! : null;
}
