using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Mgi.Client;

/// <summary>
/// The pipeline every request goes through, built with Polly as Microsoft.Extensions.Http.Resilience
/// builds its standard one: a total timeout around the retries around a timeout per attempt. Its
/// circuit breaker and rate limiter are left out: against one read-only service a burst of 429s
/// should wait as told, not open a circuit.
/// </summary>
static class MgiResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(MgiClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "total" });
        var retry = options.Retry;
        if (retry.Enabled && retry.MaxRetries > 0)
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                // Transient: 408, 429, 5xx, HttpRequestException and an attempt's timeout.
                MaxRetryAttempts = retry.MaxRetries,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A 429 or 503 says how long to wait: that, up to MaxDelay; anything else backs off.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { } response && RetryAfterHeader.Of(response, DateTimeOffset.UtcNow) is { } wait
                        ? (wait < retry.MaxDelay ? wait : retry.MaxDelay)
                        : null),
                Name = "retry",
            });
        return builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt" }).Build();
    }
}
