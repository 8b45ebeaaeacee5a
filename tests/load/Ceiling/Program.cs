using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

// The benchmark's ceiling: the API's own response for each URL (status, headers, body), replayed
// from a bare app.Run with no routing and no middleware. The first request for a URL fetches it
// from the API (--origin) and keeps it; the harness warms the ceiling with every scenario's script
// before measuring, so measured requests are replays. What is left is what Kestrel costs to write
// the same bytes: the honest limit of this machine for that response.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
var origin = new Uri(builder.Configuration["origin"] ?? throw new InvalidOperationException("--origin http://127.0.0.1:PORT (the API to replay) is required"));
var app = builder.Build();

using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = origin };
var replies = new ConcurrentDictionary<string, Task<Reply>>(StringComparer.Ordinal);

app.Run(Replay);
app.Run();

async Task Replay(HttpContext context)
{
    var url = context.Request.Path.Value + context.Request.QueryString.Value;
    if (!replies.TryGetValue(url, out var pending)) pending = replies.GetOrAdd(url, u => Reply.Fetch(client, u));
    var reply = await pending;
    var response = context.Response;
    response.StatusCode = reply.Status;
    foreach (var (name, value) in reply.Headers) response.Headers[name] = value;
    response.ContentLength = reply.Body.Length;
    await response.Body.WriteAsync(reply.Body);
}

sealed record Reply(int Status, KeyValuePair<string, StringValues>[] Headers, byte[] Body)
{
    // Headers Kestrel writes itself (framing, Date) are not replayed.
    static readonly HashSet<string> Framing = new(StringComparer.OrdinalIgnoreCase) { "Date", "Server", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive" };

    public static async Task<Reply> Fetch(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !Framing.Contains(h.Key))
            .Select(h => KeyValuePair.Create(h.Key, new StringValues(h.Value.ToArray())))
            .ToArray();
        return new Reply((int)response.StatusCode, headers, body);
    }
}
