using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mgi.Client;

/// <summary>
/// Carries one call's wishes to its request and its response's metadata back, for the
/// …WithResponseAsync methods. The generated methods build and read their HTTP messages themselves;
/// their PrepareRequest and ProcessResponse hooks are the only places in between, and they know
/// nothing of the call, so the call's state flows to them in an AsyncLocal set for that call alone
/// (an async method's changes to it never reach its caller or other calls).
/// </summary>
static class CallScope
{
    static readonly AsyncLocal<Call?> Current = new();

    sealed class Call(string? ifNoneMatch)
    {
        public string? IfNoneMatch { get; } = ifNoneMatch;
        public int Status { get; set; }
        public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; set; } = new Dictionary<string, IEnumerable<string>>();
    }

    public static async Task<MgiResponse<T>> RunAsync<T>(string? ifNoneMatch, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
        where T : class
    {
        var call = new Call(ifNoneMatch);
        Current.Value = call;
        try
        {
            var value = await send(cancellationToken).ConfigureAwait(false);
            return new MgiResponse<T>(call.Status, value, call.Headers);
        }
        catch (MgiApiException e) when (e.StatusCode == 304 && ifNoneMatch is not null)
        {
            // What the caller asked about: "has it changed?" "No" is an answer, not a failure.
            return new MgiResponse<T>(304, null, call.Headers);
        }
    }

    /// <summary>Called for every request of a client: adds the call's If-None-Match, if any.</summary>
    public static void Prepare(HttpRequestMessage request)
    {
        if (Current.Value?.IfNoneMatch is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
    }

    /// <summary>Called for every response of a client: keeps its status and headers for the call that waits for them.</summary>
    public static void Record(HttpResponseMessage response)
    {
        if (Current.Value is not { } call) return;
        call.Status = (int)response.StatusCode;
        call.Headers = Headers.Of(response);
    }
}
