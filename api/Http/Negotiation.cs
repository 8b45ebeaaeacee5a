using Mgi.Api.Csv;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Http;

/// <summary>
/// 406 for an Accept header that admits none of the media types the operation serves, rather than
/// a representation the client said it cannot use. The media types are those the endpoint declares
/// for its 200 (JSON, JSON-LD, a file's own type), with problem details; lists also serve CSV. Runs
/// after routing, which finds the endpoint.
/// </summary>
public sealed class Negotiation(RequestDelegate next)
{
    const string Problem = "application/problem+json";

    // Per endpoint, worked out on its first request that names an Accept (endpoints live as long as the app).
    readonly System.Collections.Concurrent.ConcurrentDictionary<Endpoint, string[]> _served = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        var endpoint = context.GetEndpoint();
        var definition = endpoint?.Metadata.GetMetadata<EndpointDefinition>();
        if (definition is null || accept.Count == 0)
        {
            await next(context);
            return;
        }
        var served = _served.GetOrAdd(endpoint!, Served, definition);
        if (Acceptable(accept, served))
        {
            await next(context);
            return;
        }
        await context.Response.SendErrorsAsync(
            [new ValidationFailure("Accept", $"This resource is served as {string.Join(", ", served)}; the Accept header '{accept}' admits none of them.")],
            StatusCodes.Status406NotAcceptable);
    }

    static string[] Served(Endpoint endpoint, EndpointDefinition definition)
    {
        var declared = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode == StatusCodes.Status200OK)
            .SelectMany(m => m.ContentTypes);
        var lists = typeof(ICsvRequest).IsAssignableFrom(definition.ReqDtoType) ? [CsvOutput.MediaType] : Array.Empty<string>();
        return [.. declared.Append(Problem).Concat(lists).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    static bool Acceptable(Microsoft.Extensions.Primitives.StringValues accept, string[] served)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return false;
        if (ranges.Count == 0) return true;
        return ranges.Any(range => range.Quality is not 0 && served.Any(type => new MediaTypeHeaderValue(type).IsSubsetOf(range)));
    }
}
