using System.IO.Hashing;
using System.Security.Cryptography;
using Mgi.Api.Csv;
using Mgi.Api.Data;
using Microsoft.Extensions.Options;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Http;

/// <summary>
/// Makes every successful GET cacheable and revalidatable: a strong ETag from the data-set version
/// and a digest of the representation, Cache-Control public with max-age, and 304 with the same
/// validators and no body when If-None-Match names the current ETag. HEAD is answered as GET
/// without the body. It sits outside response compression, so the digest is of the bytes sent:
/// each content coding has its own strong validator, as RFC 9110 asks.
/// </summary>
public sealed class ConditionalGet(RequestDelegate next, Database database, IOptions<HttpOptions> options, RecyclableMemoryStreamManager buffers)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }
        if (IsWholeFileDownload(request.Path))
        {
            // Whole files: the download endpoints send their own validators and honour Range.
            await next(context);
            return;
        }
        if (head) request.Method = HttpMethods.Get;
        if (CsvOutput.IsRequested(request))
        {
            await Streamed(context, head);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        // Pooled blocks: a growing MemoryStream allocates about twice each body in buffers it then
        // drops, the last one on the large-object heap for a page of 50 findings.
        using var buffer = buffers.GetStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
            if (head) request.Method = HttpMethods.Head;
        }

        // An endpoint that answered something not to be reused (facet counts left out for lack of
        // time) has said no-store: it gets no validator either.
        if (response.StatusCode == StatusCodes.Status200OK && !request.Path.StartsWithSegments(ApiPaths.Health) && !IsNoStore(response))
        {
            var etag = $"\"{database.DatasetVersion}-{Digest(buffer)}\"";
            SetValidators(response, etag);
            if (Matches(request.Headers.IfNoneMatch, etag))
            {
                NotModified(response);
                return;
            }
        }
        else if (response.StatusCode >= 400)
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = buffer.Length;
        if (head) return;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// CSV holds every matching row and is written as it is read, so its validator cannot come from
    /// the body: it is derived from what determines the body (data-set version, the service's build,
    /// the path and query). A match answers 304 before any query runs.
    /// </summary>
    async Task Streamed(HttpContext context, bool head)
    {
        var request = context.Request;
        var response = context.Response;
        var key = $"{BuildId}\n{request.Path}\n{request.QueryString}\n{CsvOutput.MediaType}\n{request.Headers.AcceptEncoding}";
        var etag = $"\"{database.DatasetVersion}-{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16]}\"";
        if (Matches(request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            SetValidators(response, etag);
            if (head) request.Method = HttpMethods.Head;
            return;
        }
        // Set before the body is written (so that the response store keeps them), withdrawn if it fails.
        SetValidators(response, etag);
        response.OnStarting(() =>
        {
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                response.Headers.ETag = default;
                response.Headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        var body = response.Body;
        if (head) response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
            if (head) request.Method = HttpMethods.Head;
        }
    }

    /// <summary>Whether the endpoint said its answer must not be kept (Cache-Control: no-store).</summary>
    public static bool IsNoStore(HttpResponse response) => response.Headers.CacheControl.ToString() == "no-store";

    void SetValidators(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
        response.Headers.Vary = "Accept, Accept-Encoding";
    }

    /// <summary>Changes with every build of the service, so a new release never reuses an old validator.</summary>
    static readonly string BuildId = typeof(ConditionalGet).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    // An ETag only has to change when the bytes do, and the data set's version is part of it: a fast
    // non-cryptographic 64-bit hash is enough, and much cheaper than SHA-256 (docs/benchmarks.md).
    static string Digest(RecyclableMemoryStream buffer)
    {
        var hash = new XxHash3();
        foreach (var block in buffer.GetReadOnlySequence()) hash.Append(block.Span);
        return hash.GetCurrentHashAsUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The download routes send whole files with their own validators and honour Range.</summary>
    internal static bool IsWholeFileDownload(PathString path) => path.StartsWithSegments(ApiPaths.Downloads);

    /// <summary>
    /// Turns a response whose headers are set into a 304: the validators and the other headers stay,
    /// the representation's own metadata goes (RFC 9110 15.4.5).
    /// </summary>
    internal static void NotModified(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.ContentEncoding = default;
        response.ContentType = null;
        response.ContentLength = null;
    }

    /// <summary>If-None-Match matches when it names the current ETag (weakly compared, RFC 9110 13.1.2) or is *.</summary>
    internal static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
    }
}
