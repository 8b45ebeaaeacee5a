using Mgi.Api.ReadModel;

namespace Mgi.Api.Lists;

/// <summary>
/// Where a list's items come from: <see cref="Total"/> how many match, <see cref="Items"/> (offset,
/// limit) the rendered items in the list's order, <see cref="Facets"/> the counts per value of the
/// filters named, among <see cref="FacetNames"/> (those that ran out of time named apart). A resource's list gives one from its filter
/// (<see cref="ResourceLists.Source"/>); search gives one from its hits.
/// </summary>
public sealed record ListSource<TItem>(
    Func<int> Total,
    Func<int, int, IReadOnlyList<Rendered<TItem>>> Items,
    IReadOnlyList<string> FacetNames,
    Func<IReadOnlyList<string>, FacetCounts> Facets)
    where TItem : class
{
    /// <summary>
    /// The page <paramref name="request"/> asks for, with the facets its facet parameter names; or
    /// the parameter that cannot be answered (facet naming no filter of the list, a page past the
    /// last) and why.
    /// </summary>
    public (ListPage<TItem>? Page, ValidationFailure? Refusal) Read(PagedRequest request)
    {
        var asked = (request as FacetedRequest)?.Facet;
        var (facetsAsked, facetError) = asked is null ? ([], null) : FacetRequest.Parse(asked, FacetNames);
        if (facetError is not null) return (null, new ValidationFailure("facet", facetError));
        var count = Total();
        var totalPages = count == 0 ? 0 : (count + request.PageSize - 1) / request.PageSize;
        if (request.Page > Math.Max(totalPages, 1))
            return (null, new ValidationFailure("page", $"page {request.Page} is past the last page ({Math.Max(totalPages, 1)}) of {count} items at pageSize {request.PageSize}."));
        var items = Items((request.Page - 1) * request.PageSize, request.PageSize);
        var facets = asked is null ? null : Facets(facetsAsked);
        return (new ListPage<TItem>(items, request.Page, request.PageSize, count, totalPages, facets?.Counts, facets?.TimedOut), null);
    }
}

/// <summary>
/// A page of a list as every view of it answers it: the JSON list (<see cref="ListEndpoint{TRequest, TItem}"/>)
/// and the explorer's pages read the same page (<see cref="ListSource{TItem}.Read"/>), so their numbers agree by construction.
/// </summary>
public sealed record ListPage<TItem>(
    IReadOnlyList<Rendered<TItem>> Items, int Page, int PageSize, int Total, int TotalPages,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Facets, IReadOnlyList<string>? FacetsTimedOut)
    where TItem : class
{
    /// <summary>
    /// Counts left out for lack of time are not the query's lasting answer: the response says
    /// Cache-Control: no-store, so no cache (ours, nginx's, the client's) keeps it, and gets no ETag.
    /// </summary>
    public void KeepFromCachesIfIncomplete(HttpResponse response)
    {
        if (FacetsTimedOut is { Count: > 0 }) response.Headers.CacheControl = "no-store";
    }
}
