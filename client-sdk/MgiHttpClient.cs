using System;
using System.Net.Http;
using System.Reflection;
using Microsoft.Extensions.Http.Resilience;

namespace Mgi.Client;

/// <summary>
/// An <see cref="HttpClient"/> for the clients without dependency injection, with the same base
/// address, User-Agent and retries as <see cref="MgiClientRegistration.AddMgiClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{MgiClientOptions})"/> gives:
/// <c>var policies = new PoliciesClient(MgiHttpClient.Create(new MgiClientOptions { BaseAddress = new Uri("https://mgi.example.org/") }));</c>
/// </summary>
public static class MgiHttpClient
{
    /// <summary>The User-Agent every request sends: the package and its version, e.g. "Mgi.Client/2.0.0".</summary>
    public static string UserAgent { get; } = "Mgi.Client/" + Version();

    /// <summary>A new client for <paramref name="options"/>, sending through <paramref name="inner"/> when given (e.g. a test server's handler).</summary>
    public static HttpClient Create(MgiClientOptions options, HttpMessageHandler? inner = null)
    {
#if NET
        ArgumentNullException.ThrowIfNull(options);
#else
        if (options is null) throw new ArgumentNullException(nameof(options));
#endif
        var handler = new NoResponseHandler { InnerHandler = new ResilienceHandler(MgiResilience.Pipeline(options)) { InnerHandler = inner ?? Network() } };
        var http = new HttpClient(handler);
        Configure(http, options);
        return http;
    }

    // A client kept for the life of an app must still follow DNS changes: connections are renewed.
    // The service compresses (Brotli, gzip) when asked to: ask, and undo it here.
#if NET
    internal static SocketsHttpHandler Network() =>
        new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All };
#else
    internal static HttpClientHandler Network() =>
        new() { AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate };
#endif

    internal static void Configure(HttpClient http, MgiClientOptions options)
    {
        if (options.BaseAddress is not { IsAbsoluteUri: true } address)
            throw new InvalidOperationException("MgiClientOptions.BaseAddress must be set to the API's absolute address, e.g. https://mgi.example.org/.");
        // The generated clients use relative URLs (v1/policies): the base must end with a slash.
        http.BaseAddress = address.AbsoluteUri[address.AbsoluteUri.Length - 1] == '/' ? address : new Uri(address.AbsoluteUri + "/");
        // The pipeline's timeouts govern; HttpClient's own (100 s) would cut a call's retries short.
        http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    // The informational version is the package's (from <VersionPrefix>), with "+commit" when SourceLink adds it.
    static string Version()
    {
        var version = typeof(MgiHttpClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
