using Mgi.Api.Data;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Lists;

/// <summary>A resource's list route as a <see cref="ListSource{TItem}"/>: the one way its JSON list, CSV and explorer page read it.</summary>
public static class ResourceLists
{
    /// <summary>The request's list, read on <paramref name="db"/>: its total, pages and facets under the request's filters.</summary>
    public static ListSource<TItem> Source<TItem, TRequest>(this Resource<TItem, TRequest> resource, Database.Lease db, TRequest request)
        where TItem : class where TRequest : new()
    {
        var filter = resource.Filter(request);
        return new ListSource<TItem>(() => resource.Total(db, filter), (offset, limit) => resource.Page(db, filter, offset, limit),
            filter.FacetNames, names => FacetCounts.Of(names, name => resource.FacetCounts(db, filter, name) is { } counts
                ? [.. counts.Select(c => new FacetValue { Value = c.Value, Count = c.Count })]
                : null));
    }
}
