using Mgi.Api.Http;
using NJsonSchema;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// Declares what the whole-file downloads send: the file's bytes (binary, in its own media type,
/// not a JSON object), a byte range as 206 when Range asks for one, and 416 for a range outside the
/// file. The generator would describe .NET's Stream instead.
/// </summary>
public static class DownloadContract
{
    public static void Apply(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith(ApiPaths.Downloads + "/", StringComparison.Ordinal)) continue;
            foreach (var operation in item.Values)
            {
                var ok = operation.Responses["200"];
                var mediaTypes = ok.Content.Keys.ToList();
                foreach (var mediaType in mediaTypes) ok.Content[mediaType] = Binary();
                ok.Headers["Accept-Ranges"] = WireContract.Header("bytes: a part of the file can be asked for with Range.");
                ok.Headers["Content-Disposition"] = WireContract.Header("attachment; filename=\"mgi-<data-set version>…\".");

                var partial = new OpenApiResponse { Description = "Partial Content: the byte range Range asked for." };
                foreach (var mediaType in mediaTypes) partial.Content[mediaType] = Binary();
                partial.Headers["Content-Range"] = WireContract.Header("bytes first-last/size.");
                partial.Headers["ETag"] = WireContract.Header("The file's validator (use it in If-Range).");
                operation.Responses["206"] = partial;

                var outside = new OpenApiResponse { Description = "Range Not Satisfiable: the range lies outside the file. No body." };
                outside.Headers["Content-Range"] = WireContract.Header("bytes */size.");
                operation.Responses["416"] = outside;
            }
        }
        // Nothing refers to the reflection of System.IO.Stream any more.
        document.Components.Schemas.Remove("Stream");
    }

    static OpenApiMediaType Binary() => new() { Schema = new JsonSchema { Type = JsonObjectType.String, Format = "binary" } };
}
