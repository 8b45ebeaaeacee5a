using System.Buffers;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IO;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Http;

/// <summary>
/// Repeated GETs under /v1 and /explore (and of the root's index) answered from memory. The data set cannot change while the process runs,
/// so a 200 stays right until the process ends: it is stored whole (the headers sent, less those set
/// per request, and the bytes sent) per scheme, host, path, query, Accept and
/// Accept-Encoding, and replayed without routing, query or serialization. Bounded in bytes by
/// <see cref="HttpOptions.ResponseStoreMegabytes"/>; the least recently used entries go first
/// (Microsoft.Extensions.Caching.Memory does the accounting and eviction).
/// </summary>
/// <remarks>
/// ASP.NET Core's OutputCache did this job first and was replaced: it takes a lock on every lookup,
/// rebuilds entries on every read, and copied a response's headers before the OnStarting callbacks
/// had run, so replayed responses lacked the security headers (docs/benchmarks.md).
/// </remarks>
public sealed class ResponseStore : IDisposable
{
    readonly MemoryCache _entries;

    public ResponseStore(IOptions<HttpOptions> options)
    {
        var limit = Math.Max(1, options.Value.ResponseStoreMegabytes) * 1024L * 1024;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = limit, CompactionPercentage = 0.25 });
        MaxEntryBytes = Math.Min(16L * 1024 * 1024, limit / 16);
    }

    /// <summary>Larger responses (a big CSV) are sent but not kept.</summary>
    public long MaxEntryBytes { get; }

    /// <summary>Responses held now.</summary>
    public int Count => _entries.Count;

    /// <summary>Requests answered from the store since start-up.</summary>
    public long Hits => Interlocked.Read(ref _hits);
    long _hits;

    internal bool TryGet(string key, out Stored stored)
    {
        if (_entries.TryGetValue(key, out var value) && value is Stored found)
        {
            Interlocked.Increment(ref _hits);
            stored = found;
            return true;
        }
        stored = null!;
        return false;
    }

    internal void Add(string key, Stored stored)
    {
        // Size: the body plus a generous allowance for the key and headers.
        using var entry = _entries.CreateEntry(key);
        entry.Size = stored.Body.Length + 2048;
        entry.Value = stored;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>A 200 as it was sent: headers (without per-request ones) and body bytes.</summary>
    internal sealed record Stored(KeyValuePair<string, StringValues>[] Headers, string? ETag, byte[] Body);
}

/// <summary>The middleware in front of <see cref="ResponseStore"/>: replays hits, stores misses.</summary>
public sealed class ServeStored(RequestDelegate next, ResponseStore store, RecyclableMemoryStreamManager buffers)
{
    /// <summary>
    /// Headers set per request or per connection, by Kestrel or by the middleware in front of this one
    /// (request id, CORS): never stored, set afresh on every replay.
    /// </summary>
    static bool PerRequest(string header) =>
        header.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase) || NotStored.Contains(header);

    static readonly HashSet<string> NotStored = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.SetCookie, RequestId.Header,
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var get = HttpMethods.IsGet(request.Method);
        if (!(get || HttpMethods.IsHead(request.Method)) || !Storable(request.Path))
            return next(context);
        var key = string.Concat([request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value,
            request.QueryString.Value, "\n", request.Headers.Accept.ToString(), "\n", request.Headers.AcceptEncoding.ToString()]);
        if (store.TryGet(key, out var stored))
            return Replay(context, stored, head: !get);
        // A HEAD has no body to keep; a GET's response is kept once it has been sent in full.
        return get ? SendAndStore(context, key) : next(context);
    }

    static bool Storable(PathString path) =>
        (path.StartsWithSegments(ApiPaths.V1) && !ConditionalGet.IsWholeFileDownload(path)) || path == ApiPaths.Root || path.StartsWithSegments(ApiPaths.Explore);

    async Task SendAndStore(HttpContext context, string key)
    {
        var response = context.Response;
        var body = response.Body;
        using var copy = new CopyingStream(body, store.MaxEntryBytes, buffers.GetStream());
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }
        // Once the response has started, every header is set (OnStarting callbacks have run): what
        // was sent, less what is per request, is what a replay sends.
        if (response.HasStarted && response.StatusCode == StatusCodes.Status200OK && copy.Complete && !context.RequestAborted.IsCancellationRequested && !ConditionalGet.IsNoStore(response))
            store.Add(key, new ResponseStore.Stored([.. response.Headers.Where(h => !PerRequest(h.Key))],
                response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null, copy.ToArray()));
    }

    static Task Replay(HttpContext context, ResponseStore.Stored stored, bool head)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var (name, value) in stored.Headers) headers[name] = value;
        if (stored.ETag is not null && ConditionalGet.Matches(context.Request.Headers.IfNoneMatch, stored.ETag))
        {
            ConditionalGet.NotModified(response);
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = stored.Body.Length;
        // No RequestAborted token: Kestrel makes one per request on first use, and it ends a write to a
        // connection that went away by itself.
        return head ? Task.CompletedTask : response.BodyWriter.WriteAsync(stored.Body).AsTask();
    }

    /// <summary>Passes writes through and keeps a copy of them, up to a limit.</summary>
    sealed class CopyingStream(Stream inner, long limit, RecyclableMemoryStream copy) : Stream
    {
        readonly RecyclableMemoryStream _copy = copy;

        /// <summary>False once the body outgrew the limit: the copy is then incomplete and dropped.</summary>
        public bool Complete { get; private set; } = true;

        public byte[] ToArray() => _copy.GetReadOnlySequence().ToArray();

        void Keep(ReadOnlySpan<byte> bytes)
        {
            if (!Complete) return;
            if (_copy.Length + bytes.Length > limit)
            {
                Complete = false;
                _copy.SetLength(0);
                return;
            }
            _copy.Write(bytes);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _copy.Dispose();
            base.Dispose(disposing);
        }
    }
}
