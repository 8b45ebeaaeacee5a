using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Mgi.Client;

/// <summary>
/// A list of the API, walked item by item across every page (<c>await foreach</c>) or page by page
/// (<see cref="AsPages"/>), each page with its total, ETag, data-set version, links and facets. Pages
/// are fetched as the loop reaches them; nothing is sent before. After the Azure SDK's AsyncPageable.
/// </summary>
/// <typeparam name="T">The list's item.</typeparam>
public abstract class MgiPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>The cancellation token of the call that made the pageable; every page's request honours it.</summary>
    protected CancellationToken CancellationToken { get; }

    /// <summary>For mocking: a pageable whose <see cref="AsPages"/> you write.</summary>
    protected MgiPageable() { }

    /// <summary>For a pageable whose requests honour <paramref name="cancellationToken"/>.</summary>
    /// <param name="cancellationToken">Cancels every page's request.</param>
    protected MgiPageable(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    /// <summary>
    /// The pages, in order, from the first (or from <paramref name="continuationToken"/>, a page's
    /// <see cref="MgiPage{T}.ContinuationToken"/>: its next link, with the filters it was asked with).
    /// </summary>
    /// <param name="continuationToken">Where to go on from: an earlier page's ContinuationToken; null for the first page.</param>
    /// <param name="pageSizeHint">Items per page for this walk; null for the options' PageSize, else the service's default. Ignored with a continuation token (its link names its page size).</param>
    /// <returns>The pages, each fetched as the loop reaches it.</returns>
    /// <exception cref="MgiApiException">An error response (its status, problem and body), or none at all.</exception>
    public abstract IAsyncEnumerable<MgiPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Every item of every page, in the list's documented order.</summary>
    /// <param name="cancellationToken">Cancels the walk (with the token the pageable was made with).</param>
    /// <returns>The enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var item in Items(cancellationToken).ConfigureAwait(false))
            yield return item;
    }

    // The walk over items asks for the largest pages (fewer requests); the pages themselves keep the caller's size.
    private protected virtual IAsyncEnumerable<MgiPage<T>> PagesForItems() => AsPages();

    async IAsyncEnumerable<T> Items([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesForItems().WithCancellation(cancellationToken).ConfigureAwait(false))
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
    }
}

/// <summary>One page of a list, with what its response said about it.</summary>
/// <typeparam name="T">The list's item.</typeparam>
public sealed class MgiPage<T>
{
    static readonly IReadOnlyList<T> NoItems = Array.Empty<T>();

    internal MgiPage(int statusCode, IPage<T>? page, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        Items = page?.Items ?? NoItems;
        PageNumber = page?.Page ?? 0;
        PageSize = page?.PageSize ?? 0;
        Total = page?.Total ?? 0;
        TotalPages = page?.TotalPages ?? 0;
        Facets = page?.Facets is { } facets ? new Dictionary<string, IReadOnlyList<FacetValue>>(facets, StringComparer.Ordinal) : null;
        FacetsTimedOut = page?.FacetsTimedOut ?? Array.Empty<string>();
        Headers = headers;
        Links = PageLinks.Parse(headers.TryGetValue("Link", out var links) ? string.Join(", ", links) : null);
        ETag = Mgi.Client.ETag.From(Header("ETag"));
    }

    /// <summary>Items of this page, in the list's documented order (none when <see cref="NotModified"/>).</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>This page's number, from 1.</summary>
    public int PageNumber { get; }

    /// <summary>The page size the page was cut at.</summary>
    public int PageSize { get; }

    /// <summary>The number of items matching the filters, over all pages.</summary>
    public int Total { get; }

    /// <summary>The number of pages at this page size (0 when nothing matches).</summary>
    public int TotalPages { get; }

    /// <summary>The facets asked for (options' Facets): per filter name, each value with the total the list would have with that filter set to it; null when none were asked for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Facets { get; }

    /// <summary>The facets asked for that ran out of their time limit and were left out of <see cref="Facets"/> (the rest of the page is complete); empty when none did.</summary>
    public IReadOnlyList<string> FacetsTimedOut { get; }

    /// <summary>200, or 304 when the options' IfNoneMatch named this page's current ETag.</summary>
    public int StatusCode { get; }

    /// <summary>True when the options' IfNoneMatch is still current: what you have is up to date; no items, no total.</summary>
    public bool NotModified => StatusCode == 304;

    /// <summary>The page's entity tag, to send back as IfNoneMatch.</summary>
    public ETag? ETag { get; }

    /// <summary>The version of the data set that answered (X-Dataset-Version).</summary>
    public string? DatasetVersion => Header("X-Dataset-Version");

    /// <summary>The request's id (X-Request-Id), as the service logs it.</summary>
    public string? RequestId => Header("X-Request-Id");

    /// <summary>The page's links (first, previous, next, last), each with the filters it was asked with.</summary>
    public PageLinks Links { get; }

    /// <summary>Where <see cref="MgiPageable{T}.AsPages"/> goes on from: the next page's link; null on the last page.</summary>
    public string? ContinuationToken => Links.Next?.OriginalString;

    /// <summary>Every header of the response, by name in any case.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    string? Header(string name) => Headers.TryGetValue(name, out var values) ? System.Linq.Enumerable.FirstOrDefault(values) : null;
}
