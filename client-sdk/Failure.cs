using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Mgi.Client;

/// <summary>The client's one exception for an error response, its body kept as text (the pageables, CSV, and the error statuses NSwag's methods declare: Polish routes them here).</summary>
static class Failure
{
    public static async Task<MgiApiException> From(HttpResponseMessage response, string summary, CancellationToken cancellationToken)
    {
        var headers = Headers.Of(response);
#if NET
        var body = response.Content is null ? null : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
#endif
        // The body is kept as sent: MgiApiException reads the problem from it.
        return new MgiApiException(summary, (int)response.StatusCode, body, headers, null);
    }
}

/// <summary>A response's headers and its content's, by name in any case.</summary>
static class Headers
{
    public static Dictionary<string, IEnumerable<string>> Of(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers) headers[header.Key] = header.Value.ToList();
        if (response.Content is not null)
            foreach (var header in response.Content.Headers) headers[header.Key] = header.Value.ToList();
        return headers;
    }
}
