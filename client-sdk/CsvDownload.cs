using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Mgi.Client;

/// <summary>
/// A list as CSV: asked for with Accept: text/csv (the same as format=csv) and handed over as the
/// response's stream, read as it arrives. An error response throws the client's one exception.
/// </summary>
static class CsvDownload
{
    public static async Task<Stream> GetAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        CallScope.Prepare(request);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        CallScope.Record(response);
        if (!response.IsSuccessStatusCode)
        {
            using (response) throw await Failure.From(response, "The CSV was not sent.", cancellationToken).ConfigureAwait(false);
        }
#if NET
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        return new ResponseStream(body, response);
    }
}
