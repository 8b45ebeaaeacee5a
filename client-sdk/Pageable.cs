using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Mgi.Client;

/// <summary>What a pageable reads of a page; every PagedListOf… implements it (generated).</summary>
interface IPage<out T>
{
    IReadOnlyList<T> Items { get; }
    int Page { get; }
    int PageSize { get; }
    int Total { get; }
    int TotalPages { get; }
    IDictionary<string, IReadOnlyList<FacetValue>>? Facets { get; }
    IReadOnlyList<string>? FacetsTimedOut { get; }
}

/// <summary>
/// A list's pageable: the first page from the call's path and query, every next one from the page's
/// Link next, so the filters stay those of the first request and a page past the last is never asked for.
/// </summary>
sealed class Pageable<TList, T>(HttpClient http, string path, QueryText query, int? pageSize, int maxPageSize, ETag? ifNoneMatch, CancellationToken cancellationToken)
    : MgiPageable<T>(cancellationToken) where TList : class, IPage<T>
{
    // NSwag's generated models carry their own names and converters; these options add nothing.
    static readonly JsonSerializerOptions Json = new();

    public override IAsyncEnumerable<MgiPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        Pages(continuationToken, pageSizeHint ?? pageSize);

    private protected override IAsyncEnumerable<MgiPage<T>> PagesForItems() => Pages(null, pageSize ?? maxPageSize);

    async IAsyncEnumerable<MgiPage<T>> Pages(string? continuationToken, int? size, [EnumeratorCancellation] CancellationToken loop = default)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, loop);
        var url = continuationToken ?? path + query.With("pageSize", size);
        var first = continuationToken is null;
        while (url is not null)
        {
            var page = await GetAsync(url, first ? ifNoneMatch : null, both.Token).ConfigureAwait(false);
            first = false;
            yield return page;
            url = page.NotModified || page.Items.Count == 0 ? null : page.ContinuationToken;
        }
    }

    async Task<MgiPage<T>> GetAsync(string url, ETag? etag, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (etag is { } tag) request.Headers.TryAddWithoutValidation("If-None-Match", tag.ToString());
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        var headers = Headers.Of(response);
        if (response.StatusCode == HttpStatusCode.NotModified && etag is not null) return new MgiPage<T>(304, null, headers);
        if (!response.IsSuccessStatusCode) throw await Failure.From(response, $"GET {url} was refused.", token).ConfigureAwait(false);
#if NET
        using var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
#else
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        TList? list;
        try
        {
            list = await JsonSerializer.DeserializeAsync<TList>(body, Json, token).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new MgiApiException($"GET {url}: the page could not be read ({e.Message}).", (int)response.StatusCode, null, headers, e);
        }
        return new MgiPage<T>((int)response.StatusCode, list ?? throw new MgiApiException($"GET {url}: the page was empty.", (int)response.StatusCode, null, headers, null), headers);
    }
}
