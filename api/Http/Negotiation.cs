using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Http;

/// <summary>
/// 406 for an Accept header that admits none of the media types the operation serves, rather than
/// a representation the client said it cannot use. Runs after routing: lists also serve CSV.
/// </summary>
public sealed class Negotiation(RequestDelegate next)
{
    static readonly string[] Items = ["application/json", "application/problem+json"];
    static readonly string[] Lists = [.. Items, CsvOutput.MediaType];

    public async Task InvokeAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        var definition = context.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>();
        if (definition is null || accept.Count == 0)
        {
            await next(context);
            return;
        }
        var served = typeof(PagedRequest).IsAssignableFrom(definition.ReqDtoType) ? Lists : Items;
        if (Acceptable(accept, served))
        {
            await next(context);
            return;
        }
        await context.Response.SendErrorsAsync(
            [new ValidationFailure("Accept", $"This resource is served as {string.Join(", ", served)}; the Accept header '{accept}' admits none of them.")],
            StatusCodes.Status406NotAcceptable);
    }

    static bool Acceptable(Microsoft.Extensions.Primitives.StringValues accept, string[] served)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return false;
        if (ranges.Count == 0) return true;
        return ranges.Any(range => range.Quality is not 0 && served.Any(type => new MediaTypeHeaderValue(type).IsSubsetOf(range)));
    }
}
