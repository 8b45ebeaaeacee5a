namespace Mgi.Api.Http;

/// <summary>Configuration section "Mgi:Http": the service's behaviour on the wire.</summary>
public sealed class HttpOptions
{
    public const string Section = "Mgi:Http";

    /// <summary>Cache-Control max-age of successful GETs. The data only changes on deployment.</summary>
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>Longest query string accepted; longer ones get 414.</summary>
    public int MaxQueryStringLength { get; set; } = 16384;

    /// <summary>
    /// Largest body of a POST to /mcp (a JSON-RPC message: a tool's name and a few short arguments);
    /// larger ones get 413. No other request takes a body.
    /// </summary>
    public int MaxMcpRequestBytes { get; set; } = 16384;

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are trusted. Empty:
    /// the headers are ignored and the client is the connection's remote address.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Memory for repeated GETs' responses (<see cref="ResponseStore"/>), in MiB; 0 turns the store off.</summary>
    public int ResponseStoreMegabytes { get; set; } = 128;

    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>A token bucket per client IP address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>False turns rate limiting off (e.g. behind a gateway that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Burst size: requests a client can make at once.</summary>
    public int TokenLimit { get; set; } = 200;

    /// <summary>Tokens added back every period.</summary>
    public int TokensPerPeriod { get; set; } = 100;

    public double ReplenishmentPeriodSeconds { get; set; } = 1;
}
