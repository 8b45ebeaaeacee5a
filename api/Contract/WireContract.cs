using Mgi.Api.Csv;
using Mgi.Api.Http;
using NJsonSchema;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// Declares in the contract what this folder's middleware does to every /v1 operation: the
/// caching and tracing headers of a 200, the 304 of a revalidation, and the 406, 413, 414, 429 and
/// 503 problems, with Retry-After where one is sent, and the bare 431 of the server itself.
/// </summary>
public static class WireContract
{
    public static void Apply(OpenApiDocument document)
    {
        var problem = document.Components.Schemas["ProblemDetails"];
        foreach (var (path, item) in document.Paths)
        {
            if (path != ApiPaths.V1 && !path.StartsWith(ApiPaths.V1 + "/", StringComparison.Ordinal)) continue;
            foreach (var operation in item.Values)
            {
                if (operation.Responses.TryGetValue("200", out var ok))
                {
                    ok.Headers["ETag"] = Header("Strong validator of this representation: data-set version and a digest of the bytes sent (each content coding its own). Send it back in If-None-Match.");
                    ok.Headers["Cache-Control"] = Header("public, max-age=N: the data changes only when a new data set is deployed.");
                    if (ok.Content.TryGetValue("application/json", out var json) && json.Schema?.ActualSchema.Properties.ContainsKey("totalPages") == true)
                    {
                        ok.Headers["Link"] = Header("RFC 8288 links to the first, prev, next and last pages (JSON).");
                        ok.Headers["Content-Disposition"] = Header("For CSV: attachment; filename=\"<resource>.csv\".");
                        ok.Content[CsvOutput.MediaType] = new OpenApiMediaType
                        {
                            Schema = new JsonSchema
                            {
                                Type = JsonObjectType.String,
                                Description = "RFC 4180 CSV, UTF-8, with a header row: every matching row (not one page). Columns are the JSON fields; a nested object becomes object.field columns; a list is one cell joined with |.",
                            },
                        };
                    }
                    AddTracing(ok);
                }
                var notModified = new OpenApiResponse { Description = "Not Modified: If-None-Match names the current ETag. No body; the same validators." };
                notModified.Headers["ETag"] = Header("The current ETag.");
                notModified.Headers["Cache-Control"] = Header("As on the 200.");
                AddTracing(notModified);
                operation.Responses["304"] = notModified;
                operation.Responses["406"] = Problem(problem, "Not Acceptable: the Accept header admits none of the media types of this operation (JSON; lists also text/csv).");
                operation.Responses["413"] = Problem(problem, "Content Too Large: the API is read-only and takes no request body.");
                operation.Responses["414"] = Problem(problem, "URI Too Long: the query string is over the service's limit (a request line over the server's own limit gets a bare 414).");
                operation.Responses["431"] = new OpenApiResponse { Description = "Request Header Fields Too Large: refused by the server before the API, without a body." };
                operation.Responses["429"] = Problem(problem, "Too Many Requests: this client address is over its rate limit.", retryAfter: true);
                operation.Responses["503"] = Problem(problem, "Service Unavailable: the query ran over the service's time limit.", retryAfter: true);
            }
        }
    }

    static void AddTracing(OpenApiResponse response)
    {
        response.Headers[RequestId.Header] = Header("The request's id (the client's own X-Request-Id when given); also the traceId of problem details.");
        response.Headers[RequestId.DatasetVersionHeader] = Header("The version of the data set that answered.");
    }

    static OpenApiResponse Problem(JsonSchema problem, string description, bool retryAfter = false)
    {
        var response = new OpenApiResponse { Description = description };
        response.Content["application/problem+json"] = new OpenApiMediaType { Schema = new JsonSchema { Reference = problem } };
        if (retryAfter) response.Headers["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new JsonSchema { Type = JsonObjectType.Integer } };
        AddTracing(response);
        return response;
    }

    /// <summary>A response header of type string, described.</summary>
    internal static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new JsonSchema { Type = JsonObjectType.String } };
}
