using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Client;

/// <summary>Registers the MGI API clients with <see cref="IHttpClientFactory"/>.</summary>
public static class MgiClientRegistration
{
    /// <summary>
    /// Registers every typed client (<see cref="IPoliciesClient"/>, <see cref="IJurisdictionsClient"/>, …) as
    /// a typed HttpClient pointing at <paramref name="baseAddress"/>, e.g. https://mgi.example.org/.
    /// <paramref name="configure"/> can add handlers (retries, logging) to each client's pipeline.
    /// </summary>
    public static IServiceCollection AddMgiClient(this IServiceCollection services, Uri baseAddress, Action<IHttpClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        // The generated clients build relative URLs ("v1/policies"): the base must end with a slash.
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        void Client(HttpClient http) => http.BaseAddress = root;

        IHttpClientBuilder[] clients =
        [
            services.AddHttpClient<IJurisdictionsClient, JurisdictionsClient>(Client),
            services.AddHttpClient<IProfilesClient, ProfilesClient>(Client),
            services.AddHttpClient<IDimensionsClient, DimensionsClient>(Client),
            services.AddHttpClient<IIndicatorsClient, IndicatorsClient>(Client),
            services.AddHttpClient<IConventionsClient, ConventionsClient>(Client),
            services.AddHttpClient<IPoliciesClient, PoliciesClient>(Client),
            services.AddHttpClient<ICovidResponsesClient, CovidResponsesClient>(Client),
            services.AddHttpClient<ISourcesClient, SourcesClient>(Client),
            services.AddHttpClient<IFootnotesClient, FootnotesClient>(Client),
        ];
        if (configure is not null)
            foreach (var client in clients) configure(client);
        return services;
    }
}
