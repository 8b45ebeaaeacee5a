using System;

namespace Mgi.Client;

/// <summary>
/// How the clients reach the API. Bindable from configuration, e.g. the section "MgiClient":
/// <c>{ "BaseAddress": "https://mgi.example.org/", "TotalTimeout": "00:01:00", "Retry": { "MaxRetries": 3 } }</c>.
/// </summary>
public sealed class MgiClientOptions
{
    /// <summary>The configuration section <see cref="MgiClientRegistration.AddMgiClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/> is usually given.</summary>
    public const string SectionName = "MgiClient";

    /// <summary>Where the API is served, e.g. https://mgi.example.org/ (the paths /v1/… are added to it). Required.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The longest one request may take, up to its response's headers. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a call may take with all its retries and waits. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Which failures are tried again, how often and how long apart.</summary>
    public MgiRetryOptions Retry { get; set; } = new();
}

/// <summary>
/// Retries: a 429 or 503 after the Retry-After the service sent; other transient failures (5xx,
/// 408, a network error, an attempt's timeout) after an exponential, jittered back-off. Bounded by
/// <see cref="MaxRetries"/> and by <see cref="MgiClientOptions.TotalTimeout"/>.
/// </summary>
public sealed class MgiRetryOptions
{
    /// <summary>False sends every request once: failures reach the caller at once. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Tries after the first. Default 5.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off; each next one doubles, with jitter. Default 0.5 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, Retry-After included. Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
