using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Features.Downloads;

/// <summary>
/// Sends a whole-data-set file: named and validated by the data-set version (the file never changes
/// while the service runs), cacheable, with Range and If-None-Match handled by ASP.NET Core's file result.
/// </summary>
internal static class DataSetFile
{
    public static IResult Result(HttpContext context, Database database, int maxAgeSeconds, string path, string contentType, string kind, string extension)
    {
        var version = database.DatasetVersion;
        context.Response.Headers.CacheControl = $"public, max-age={maxAgeSeconds}";
        return TypedResults.PhysicalFile(Path.GetFullPath(path), contentType, $"mgi-{version}{extension}",
            File.GetLastWriteTimeUtc(path), new EntityTagHeaderValue($"\"{version}-{kind}\""), enableRangeProcessing: true);
    }
}
