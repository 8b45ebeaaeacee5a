using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Http;

/// <summary>Rate limiting and the query time limit, each on a server configured for it.</summary>
public sealed class LimitTests
{
    /// <summary>A server with a tiny token bucket; its clients appear to come from loopback.</summary>
    internal sealed class LowLimitServer(bool trustProxy) : ApiFactory(Settings(trustProxy))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The in-memory test server has no socket; give requests the address a local proxy would have.
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, LoopbackPeer>());
        }
    }

    static Dictionary<string, string?> Settings(bool trustProxy)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mgi:Http:RateLimit:TokenLimit"] = "2",
            ["Mgi:Http:RateLimit:TokensPerPeriod"] = "1",
            ["Mgi:Http:RateLimit:ReplenishmentPeriodSeconds"] = "60",
        };
        if (trustProxy) settings["Mgi:Http:TrustedProxies:0"] = "127.0.0.1";
        return settings;
    }

    sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    static async Task<HttpResponseMessage> Get(HttpClient client, string url, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Over_the_limit_a_client_gets_429_problem_details_with_retry_after()
    {
        using var server = new LowLimitServer(trustProxy: false);
        var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/v1/dimensions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/v1/dimensions")).StatusCode);
        using var limited = await Get(client, "/v1/dimensions");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("Too Many Requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited()
    {
        using var server = new LowLimitServer(trustProxy: false);
        var client = server.CreateClient();
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await Get(client, i % 2 == 0 ? "/health/live" : "/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_forwarded_for_headers_are_ignored()
    {
        using var server = new LowLimitServer(trustProxy: false);
        var client = server.CreateClient();
        await Get(client, "/v1/dimensions", "192.0.2.1");
        await Get(client, "/v1/dimensions", "192.0.2.2");
        // A client cannot escape its bucket by inventing addresses.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get(client, "/v1/dimensions", "192.0.2.3")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket()
    {
        using var server = new LowLimitServer(trustProxy: true);
        var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/v1/dimensions", "192.0.2.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/v1/dimensions", "192.0.2.1")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get(client, "/v1/dimensions", "192.0.2.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/v1/dimensions", "198.51.100.7")).StatusCode);
    }

    internal sealed class NoTimeServer() : ApiFactory(new() { ["Mgi:Http:QueryTimeLimitMilliseconds"] = "0" });

    // The text index checks the limit from the first document it collects. (SQLite checks every
    // 1,000 steps, which no page's own statement reaches on this data set: facets have their own
    // limit, FacetTimeLimitTests, which also shows a statement past the query time limit interrupted.)
    [Theory]
    [InlineData("/v1/search?q=migration&pageSize=500")]
    [InlineData("/v1/search?q=law&type=policy&facet=type&pageSize=500")]
    public async Task A_query_over_the_time_limit_is_interrupted_with_a_503_problem(string url)
    {
        using var server = new NoTimeServer();
        using var response = await server.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("time limit", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
