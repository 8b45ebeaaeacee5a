using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly.Timeout;

namespace Mgi.Client;

/// <summary>
/// Outside the retries: when they end without any response (the network failed, or a timeout ran
/// out), the caller gets the client's one exception, with status 0 and the cause inside, not an
/// HttpRequestException or a Polly type. A cancellation by the caller stays a cancellation.
/// </summary>
sealed class NoResponseHandler : DelegatingHandler
{
    static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new MgiApiException($"No response from {request.RequestUri}: {e.Message}", 0, null, NoHeaders, e);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MgiApiException($"No response from {request.RequestUri} within {e.Timeout}.", 0, null, NoHeaders, e);
        }
    }
}
