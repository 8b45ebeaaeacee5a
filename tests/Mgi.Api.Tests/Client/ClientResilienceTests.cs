using System.Net;
using Mgi.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Client;

/// <summary>The default client's retries, its DI registration and options, against servers configured for them.</summary>
public sealed class ClientResilienceTests
{
    /// <summary>A server that rate-limits hard: a burst of 2, then 2 requests a second.</summary>
    sealed class HardLimitServer() : ApiFactory(new()
    {
        ["Mgi:Http:RateLimit:TokenLimit"] = "2",
        ["Mgi:Http:RateLimit:TokensPerPeriod"] = "2",
        ["Mgi:Http:RateLimit:ReplenishmentPeriodSeconds"] = "1",
    });

    /// <summary>Counts what reaches the server, below the client's retries.</summary>
    sealed class Wire(HttpMessageHandler server) : DelegatingHandler(server)
    {
        public int RateLimited;
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Interlocked.Increment(ref RateLimited);
            return response;
        }
    }

    [Fact]
    public async Task A_burst_through_the_default_client_completes_against_a_server_that_rate_limits_hard()
    {
        using var server = new HardLimitServer();
        var wire = new Wire(server.Server.CreateHandler());
        var services = new ServiceCollection();
        services.AddMgiClient(new Uri("http://localhost/")).ConfigurePrimaryHttpMessageHandler(() => wire);
        using var provider = services.BuildServiceProvider();
        var dimensions = provider.GetRequiredService<IDimensionsClient>();

        var codes = new List<string>();
        for (var call = 1; call <= 10; call++)
            codes.Add((await dimensions.GetDimensionAsync(call % 6 + 1)).Code);

        Assert.Equal(10, codes.Count);
        Assert.True(wire.RateLimited > 0, "the server never said 429: the burst did not test the retries");
        Assert.Equal(10 + wire.RateLimited, wire.Requests.Count);
    }

    [Fact]
    public async Task With_retries_off_a_429_reaches_the_caller_with_its_retry_after()
    {
        using var server = new HardLimitServer();
        var options = new MgiClientOptions { BaseAddress = new Uri("http://localhost/"), Retry = { Enabled = false } };
        var dimensions = new DimensionsClient(MgiHttpClient.Create(options, server.Server.CreateHandler()));
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(async () =>
        {
            for (var call = 0; call < 10; call++) await dimensions.GetDimensionAsync(1);
        });
        Assert.True(e.IsRateLimited);
        Assert.InRange(e.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Contains("Too Many Requests", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Answers with the statuses given, in turn, then 200s; what a flaky proxy in front of the API would do.</summary>
    sealed class Scripted(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        int _calls;
        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            var status = call <= statuses.Length ? statuses[call - 1] : HttpStatusCode.OK;
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(status == HttpStatusCode.OK ? """{"number":1,"code":"c","name":"n","migofCategory":"m","migofStatement":"s","description":"d"}""" : "", System.Text.Encoding.UTF8, "application/json"),
            };
            if (status is HttpStatusCode.ServiceUnavailable) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_back_off_and_the_tries_are_bounded()
    {
        var fast = new MgiClientOptions { BaseAddress = new Uri("http://localhost/"), Retry = { BaseDelay = TimeSpan.FromMilliseconds(10), MaxRetries = 3 } };
        var flaky = new Scripted(HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout);
        Assert.Equal(1, (await new DimensionsClient(MgiHttpClient.Create(fast, flaky)).GetDimensionAsync(1)).Number);
        Assert.Equal(4, flaky.Calls);

        var down = new Scripted(Enumerable.Repeat(HttpStatusCode.BadGateway, 10).ToArray());
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new DimensionsClient(MgiHttpClient.Create(fast, down)).GetDimensionAsync(1));
        Assert.Equal(502, e.StatusCode);
        Assert.Equal(4, down.Calls);

        var notFound = new Scripted(HttpStatusCode.NotFound);
        await Assert.ThrowsAnyAsync<MgiApiException>(() => new DimensionsClient(MgiHttpClient.Create(fast, notFound)).GetDimensionAsync(1));
        Assert.Equal(1, notFound.Calls);
    }

    /// <summary>503s with a Retry-After of the given seconds, then 200s.</summary>
    sealed class Unavailable(int times, int retryAfterSeconds) : HttpMessageHandler
    {
        public List<DateTimeOffset> Calls { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add(DateTimeOffset.UtcNow);
            if (Calls.Count > times)
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"number":1}""", System.Text.Encoding.UTF8, "application/json") });
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds));
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task A_503_is_retried_after_its_retry_after_not_the_shorter_back_off_and_never_longer_than_max_delay()
    {
        var options = new MgiClientOptions { BaseAddress = new Uri("http://localhost/"), Retry = { BaseDelay = TimeSpan.FromMilliseconds(10) } };
        var unavailable = new Unavailable(times: 1, retryAfterSeconds: 1);
        await new DimensionsClient(MgiHttpClient.Create(options, unavailable)).GetDimensionAsync(1);
        Assert.Equal(2, unavailable.Calls.Count);
        Assert.True(unavailable.Calls[1] - unavailable.Calls[0] >= TimeSpan.FromMilliseconds(900), $"retried after {unavailable.Calls[1] - unavailable.Calls[0]}");

        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        var longWait = new Unavailable(times: 2, retryAfterSeconds: 3600);
        var started = DateTimeOffset.UtcNow;
        await new DimensionsClient(MgiHttpClient.Create(options, longWait)).GetDimensionAsync(1);
        Assert.Equal(3, longWait.Calls.Count);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(10), "a Retry-After of an hour was waited beyond MaxDelay");
    }

    [Fact]
    public async Task The_total_timeout_bounds_a_call_and_its_retries()
    {
        var options = new MgiClientOptions { BaseAddress = new Uri("http://localhost/"), TotalTimeout = TimeSpan.FromSeconds(1), Retry = { MaxRetries = 100 } };
        var down = new Unavailable(times: int.MaxValue, retryAfterSeconds: 1);
        var started = DateTimeOffset.UtcNow;
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new DimensionsClient(MgiHttpClient.Create(options, down)).GetDimensionAsync(1));
        Assert.True(e.IsNoResponse);
        Assert.Contains("within 00:00:01", e.Message, StringComparison.Ordinal);
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
        Assert.InRange(down.Calls.Count, 1, 3);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_is_the_client_exception_after_the_retries()
    {
        var port = Loopback.FreePort(); // nothing listens there
        var options = new MgiClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Retry = { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) } };
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new MetaClient(MgiHttpClient.Create(options)).GetMetaAsync());
        Assert.True(e.IsNoResponse);
        Assert.IsType<HttpRequestException>(e.InnerException);
        Assert.StartsWith($"No response from http://127.0.0.1:{port}/v1/meta", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_registration_bound_from_configuration_adds_every_client_with_its_user_agent()
    {
        using var server = new ApiFactory();
        var wire = new Wire(server.Server.CreateHandler());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MgiClient:BaseAddress"] = "http://localhost/",
            ["MgiClient:TotalTimeout"] = "00:00:20",
            ["MgiClient:Retry:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddMgiClient(configuration.GetSection(MgiClientOptions.SectionName)).ConfigurePrimaryHttpMessageHandler(() => wire);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MgiClientOptions>>().Value;
        Assert.Equal((new Uri("http://localhost/"), TimeSpan.FromSeconds(20), 2), (options.BaseAddress, options.TotalTimeout, options.Retry.MaxRetries));
        var interfaces = typeof(IPoliciesClient).Assembly.GetExportedTypes().Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal)).ToList();
        Assert.Contains(typeof(ISearchClient), interfaces);
        Assert.Contains(typeof(IMetaClient), interfaces);
        Assert.Contains(typeof(IDownloadsClient), interfaces);
        Assert.All(interfaces, i => Assert.NotNull(provider.GetService(i)));

        Assert.Equal(65, (await provider.GetRequiredService<ISourcesClient>().ListSourcesAsync().PageAsync()).Total);
        Assert.NotEmpty((await provider.GetRequiredService<ISearchClient>().SearchAsync("migration").PageAsync()).Items);
        Assert.False(string.IsNullOrEmpty((await provider.GetRequiredService<IMetaClient>().GetMetaAsync()).DatasetVersion));
        var version = typeof(IPoliciesClient).Assembly.GetName().Version!;
        Assert.All(wire.Requests, r => Assert.Equal($"Mgi.Client/{version.Major}.{version.Minor}.{version.Build}", r.Headers.UserAgent.ToString()));
    }
}
