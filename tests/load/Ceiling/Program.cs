using System.Collections.Concurrent;
using System.Text;

// GET /bytes/{n}: n bytes of JSON-like text, computed once per size, written as fast as Kestrel can.
// The load harness sizes each request like the API response it is compared with.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
var app = builder.Build();
var bodies = new ConcurrentDictionary<int, byte[]>();

app.MapGet("/bytes/{n:int}", (int n, HttpContext context) =>
{
    var body = bodies.GetOrAdd(Math.Clamp(n, 1, 50_000_000), Make);
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.MapGet("/health/live", () => "Healthy");
app.Run();

static byte[] Make(int n)
{
    var text = new StringBuilder(n);
    const string filler = "{\"id\":\"MEX-2022-1.2-01\",\"text\":\"Migration governance indicators\"},";
    while (text.Length < n) text.Append(filler);
    return Encoding.UTF8.GetBytes(text.ToString(0, n));
}
