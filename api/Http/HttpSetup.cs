using System.Net;
using System.Threading.RateLimiting;
using Mgi.Api.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mgi.Api.Http;

/// <summary>
/// The service's behaviour on the wire, from ASP.NET Core's own middleware where it has one:
/// compression, CORS, rate limiting, forwarded headers, security headers (NetEscapades); and the
/// pieces it lacks or that measured too slow (ETag/304, 406, request limits, request id, the request
/// log's middleware, the response store) from this folder.
/// </summary>
public static class HttpSetup
{
    /// <summary>Headers a browser page on another origin may read.</summary>
    static readonly string[] Exposed = ["ETag", "Link", "Retry-After", RequestId.Header, RequestId.DatasetVersionHeader];

    const string McpCorsPolicy = "mcp";

    public static WebApplicationBuilder AddHttpBehaviour(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(HttpOptions.Section);
        services.Configure<HttpOptions>(section);
        services.Configure<QueryLimits>(builder.Configuration.GetSection(QueryLimits.Section));
        services.Configure<CacheLimits>(builder.Configuration.GetSection(CacheLimits.Section));
        var http = section.Get<HttpOptions>() ?? new HttpOptions();

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Above the API's own query-string limit, so that one answers with problem details.
            k.Limits.MaxRequestLineSize = Math.Max(16 * 1024, http.MaxQueryStringLength + 1024);
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestBodySize = Math.Max(64 * 1024, http.MaxMcpRequestBytes);
        });

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // public data, no secrets: BREACH does not apply
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/problem+json", "application/ld+json", "text/csv", "text/html", "text/css", "text/javascript", "application/javascript"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddCors(o =>
        {
            o.AddDefaultPolicy(p => p
                .AllowAnyOrigin()
                .WithMethods(HttpMethods.Get, HttpMethods.Head)
                .WithHeaders("If-None-Match", RequestId.Header)
                .WithExposedHeaders(Exposed)
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            // The MCP endpoint, for an agent running in a browser page: any origin too, but its
            // JSON-RPC POSTs and the headers of the Streamable HTTP transport.
            o.AddPolicy(McpCorsPolicy, p => p
                .AllowAnyOrigin()
                .WithMethods(HttpMethods.Post)
                .WithHeaders("Content-Type", "MCP-Protocol-Version", "Mcp-Method", "Mcp-Name", "Last-Event-ID", RequestId.Header)
                .WithExposedHeaders(Exposed)
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });

        services.AddRateLimiter(o =>
        {
            var limits = http.RateLimit;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Health probes come from the platform, not from clients: never limited.
                if (context.Request.Path.StartsWithSegments(ApiPaths.Health))
                    return RateLimitPartition.GetNoLimiter("unlimited");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.TokenLimit,
                    TokensPerPeriod = limits.TokensPerPeriod,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(limits.ReplenishmentPeriodSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.SendErrorsAsync(
                    [new ValidationFailure("rate", $"Too many requests from this address; retry after {retryAfter} s.")],
                    StatusCodes.Status429TooManyRequests, cancellation: ct);
            };
        });

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in http.TrustedProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"Mgi:Http:TrustedProxies: '{proxy}' is not an IP address."));
        });


        services.AddSingleton<ResponseStore>();
        // Buffers for whole responses (ETag digests, the response store's copies), from pooled blocks.
        services.AddSingleton(new Microsoft.IO.RecyclableMemoryStreamManager());

        services.AddExceptionHandler<QueryTimeLimitHandler>();
        services.AddExceptionHandler<BodyTooLargeHandler>();
        return builder;
    }

    /// <summary>Content negotiation needs the matched endpoint: call after UseRouting.</summary>
    public static WebApplication UseNegotiation(this WebApplication app)
    {
        app.UseMiddleware<Negotiation>();
        return app;
    }

    public static WebApplication UseHttpBehaviour(this WebApplication app)
    {
        var http = app.Services.GetRequiredService<IOptions<HttpOptions>>().Value;
        app.UseMiddleware<RequestId>();
        if (http.TrustedProxies.Any(p => !string.IsNullOrWhiteSpace(p))) app.UseForwardedHeaders();
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        // CORS concerns only requests that carry an Origin; its middleware resolves its policy
        // provider from a request scope, a cost every other request need not pay.
        app.UseWhen(c => c.Request.Headers.ContainsKey(HeaderNames.Origin) && !c.Request.Path.StartsWithSegments(ApiPaths.Mcp), cors => cors.UseCors());
        app.UseWhen(c => c.Request.Headers.ContainsKey(HeaderNames.Origin) && c.Request.Path.StartsWithSegments(ApiPaths.Mcp), cors => cors.UseCors(McpCorsPolicy));
        // A token bucket per client address; switched off by configuration, it costs nothing.
        if (http.RateLimit.Enabled) app.UseRateLimiter();
        app.UseMiddleware<RequestLimits>();
        // Repeated GETs are replayed from here, with the headers the middleware below set when the
        // response was first made (security headers, validators): a hit skips all of it.
        if (http.ResponseStoreMegabytes > 0) app.UseMiddleware<ServeStored>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiPaths.Swagger),
            swagger => swagger.UseSecurityHeaders(new HeaderPolicyCollection()
                .AddDefaultSecurityHeaders()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().Self();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self().UnsafeInline(); // swagger-ui sets inline styles on its elements
                    csp.AddImgSrc().Self().Data();
                    csp.AddConnectSrc().Self();
                    csp.AddFontSrc().Self();
                    csp.AddObjectSrc().None();
                    csp.AddBaseUri().Self();
                    csp.AddFormAction().Self();
                    csp.AddFrameAncestors().None();
                })
                .RemoveServerHeader()));
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiPaths.Explore),
            // The explorer's pages are documents: a strict CSP (the service's own style sheet and
            // copy script, nothing inline, nothing from another host; a JSON-LD data block is not
            // script and runs nothing) and the document headers OWASP asks for.
            explorer => explorer.UseSecurityHeaders(new HeaderPolicyCollection()
                .AddDefaultSecurityHeaders()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddScriptSrc().Self();
                    csp.AddStyleSrc().Self();
                    csp.AddImgSrc().Self();
                    csp.AddFormAction().Self();
                    csp.AddBaseUri().None();
                    csp.AddFrameAncestors().None();
                })
                .AddReferrerPolicyStrictOriginWhenCrossOrigin()
                .RemoveServerHeader()));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments(ApiPaths.Swagger) && !c.Request.Path.StartsWithSegments(ApiPaths.Explore),
            // The headers OWASP's REST Security Cheat Sheet asks of API responses. The library's
            // API defaults add Permissions-Policy and cross-origin opener/embedder policies, which
            // only documents use: about 450 bytes on every JSON response for nothing.
            api => api.UseSecurityHeaders(new HeaderPolicyCollection()
                .AddContentTypeOptionsNoSniff()
                .AddFrameOptionsDeny()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddFrameAncestors().None();
                })
                .AddReferrerPolicyNoReferrer()
                .AddStrictTransportSecurityMaxAge() // sent on HTTPS requests only
                .AddCrossOriginResourcePolicy(p => p.CrossOrigin()) // open data: any site may use it
                .RemoveServerHeader()));
        app.UseMiddleware<ConditionalGet>();
        app.UseResponseCompression();
        return app;
    }
}
