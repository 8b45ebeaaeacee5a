using Mgi.Api.Data;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Features.Downloads;

/// <summary>
/// Base of the whole-data-set downloads: a file named and validated by the data-set version (it
/// never changes while the service runs), cacheable, with Range and If-None-Match handled by
/// ASP.NET Core's file result.
/// </summary>
public abstract class DownloadEndpoint<TRequest>(Database database, IOptions<Http.HttpOptions> http) : Endpoint<TRequest>
    where TRequest : notnull
{
    /// <summary>Route, operation id, media type and documentation of the download.</summary>
    protected void Download(string route, string operationId, string mediaType, string summary, string description, string what)
    {
        Get(route);
        AllowAnonymous();
        Description(b => b.WithName(operationId).WithTags("Downloads")
            .Produces<Stream>(200, mediaType)
            .ClearDefaultProduces(400).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = summary;
            s.Description = description + " Supports Range requests; the ETag is the data-set version.";
            s.Responses[200] = $"{what} ({mediaType}).";
            s.Responses[400] = typeof(TRequest) == typeof(EmptyRequest)
                ? "A query parameter (this operation takes none)."
                : "A bad parameter value, or an unknown or repeated query parameter; the errors name the parameter.";
        });
    }

    /// <summary>Sends <paramref name="path"/> as mgi-&lt;version&gt;<paramref name="extension"/>, its ETag the version and <paramref name="kind"/>.</summary>
    protected Task SendFileAsync(string path, string mediaType, string kind, string extension)
    {
        var version = database.DatasetVersion;
        var response = HttpContext.Response;
        // The file and its ranges are cacheable; a 416 (a range outside the file) is not.
        response.OnStarting(() =>
        {
            response.Headers.CacheControl = response.StatusCode < 400 ? $"public, max-age={http.Value.MaxAgeSeconds}" : "no-store";
            return Task.CompletedTask;
        });
        return Send.ResultAsync(TypedResults.PhysicalFile(Path.GetFullPath(path), mediaType, $"mgi-{version}{extension}",
            File.GetLastWriteTimeUtc(path), new EntityTagHeaderValue($"\"{version}-{kind}\""), enableRangeProcessing: true));
    }
}
