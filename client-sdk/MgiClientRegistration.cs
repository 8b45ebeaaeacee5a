using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Mgi.Client;

/// <summary>Registers every MGI API client (IPoliciesClient, ISearchClient, IMetaClient, IDownloadsClient…) with dependency injection.</summary>
public static class MgiClientRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> every client sends through, for <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "Mgi.Client";

    /// <summary>
    /// Adds every client, configured by <paramref name="configure"/> (at least the base address).
    /// Returns the builder of their one <see cref="HttpClient"/>, to add handlers (logging, a proxy).
    /// </summary>
    public static IHttpClientBuilder AddMgiClient(this IServiceCollection services, Action<MgiClientOptions> configure)
    {
        services.Configure(configure);
        return Add(services);
    }

    /// <summary>Adds every client, with options bound from <paramref name="configuration"/> (e.g. the section "MgiClient").</summary>
    public static IHttpClientBuilder AddMgiClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MgiClientOptions>(configuration);
        return Add(services);
    }

    /// <summary>Adds every client for the API at <paramref name="baseAddress"/>, with the default timeouts and retries.</summary>
    public static IHttpClientBuilder AddMgiClient(this IServiceCollection services, Uri baseAddress) =>
        services.AddMgiClient(o => o.BaseAddress = baseAddress);

    static IHttpClientBuilder Add(IServiceCollection services)
    {
        var builder = services
            .AddHttpClient(HttpClientName, (provider, http) => MgiHttpClient.Configure(http, provider.GetRequiredService<IOptions<MgiClientOptions>>().Value))
            .ConfigurePrimaryHttpMessageHandler(() => MgiHttpClient.Network())
            .AddHttpMessageHandler(() => new NoResponseHandler())
            .AddHttpMessageHandler(provider => new ResilienceHandler(MgiResilience.Pipeline(provider.GetRequiredService<IOptions<MgiClientOptions>>().Value)));
        // The list of clients is written from the contract (generator/Members.cs): a new one is registered by itself.
        EveryClient.Add(services, provider => provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        return builder;
    }
}
