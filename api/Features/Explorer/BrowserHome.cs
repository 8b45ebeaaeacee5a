using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// A browser asking for / (its Accept prefers text/html to JSON) is sent to the explorer's
/// overview, 302 with Vary: Accept; every other client goes on to / as the API answers it (JSON).
/// A redirect rather than the page itself at /: each page keeps one URL, which is what the links,
/// the caches and the response store key on, and / stays the API's.
/// </summary>
public sealed class BrowserHome(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path != "/" || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            return next(context);
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!PrefersHtml(request.Headers.Accept)) return next(context);
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = Http.ApiPaths.Explore;
        context.Response.Headers.CacheControl = "no-cache";
        return Task.CompletedTask;
    }

    /// <summary>
    /// Whether text/html gets a higher quality than application/json, each from the most specific
    /// range that matches it (RFC 9110 12.5.1): a browser's "text/html,…,*/*;q=0.8" does; "*/*",
    /// "application/json" or no Accept does not (a tie goes to JSON).
    /// </summary>
    internal static bool PrefersHtml(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return false;
        return Quality(ranges, "text", "html") > Quality(ranges, "application", "json");
    }

    static double Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        MediaTypeHeaderValue? best = null;
        var bestRank = -1;
        foreach (var range in ranges)
        {
            var rank = range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
                ? range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : range.MatchesAllSubTypes ? 1 : -1
                : range.MatchesAllTypes ? 0 : -1;
            if (rank > bestRank) (best, bestRank) = (range, rank);
        }
        return best is null ? 0 : best.Quality ?? 1;
    }
}
