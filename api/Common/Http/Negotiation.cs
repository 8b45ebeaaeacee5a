using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Common.Http;

/// <summary>
/// 406 for an Accept header that admits none of the media types the API serves, rather than a
/// representation the client said it cannot use.
/// </summary>
public sealed class Negotiation(RequestDelegate next)
{
    /// <summary>What /v1 answers: JSON, and problem JSON for errors.</summary>
    public static readonly string[] Served = ["application/json", "application/problem+json"];

    public async Task InvokeAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        if (!context.Request.Path.StartsWithSegments("/v1") || accept.Count == 0 || Acceptable(accept))
        {
            await next(context);
            return;
        }
        await context.Response.SendErrorsAsync(
            [new ValidationFailure("Accept", $"This resource is served as {string.Join(" or ", Served)}; the Accept header '{accept}' admits neither.")],
            StatusCodes.Status406NotAcceptable);
    }

    static bool Acceptable(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return false;
        if (ranges.Count == 0) return true;
        return ranges.Any(range => range.Quality is not 0 && Served.Any(type => new MediaTypeHeaderValue(type).IsSubsetOf(range)));
    }
}
