using Mgi.Api.Lists;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// What a list page shows: the page read by the list's own code (<see cref="ListSource{TItem}.Read"/>),
/// the query as given, and its API twin: the same query on <paramref name="ApiPath"/>.
/// </summary>
public sealed record ListView<TItem>(ListPage<TItem> Page, ViewQuery Query, string ApiPath, string Sdk) where TItem : class
{
    public string Twin => Query.On(ApiPath);
    public string Csv => Query.CsvOn(ApiPath);
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets => Page.Facets ?? new Dictionary<string, IReadOnlyList<FacetValue>>();
    public IReadOnlyList<string> FacetsTimedOut => Page.FacetsTimedOut ?? [];
}
