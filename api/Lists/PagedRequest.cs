using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.Data;

namespace Mgi.Api.Lists;

/// <summary>Query parameters every list accepts.</summary>
public abstract class PagedRequest : ICsvRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The page to return, from 1.</summary>
    [DefaultValue(1), Range(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    /// <summary>Items per page, 1 to 500.</summary>
    [DefaultValue(DefaultPageSize), Range(1, MaxPageSize)]
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>
    /// json (default) or csv. CSV (also chosen by Accept: text/csv) holds every matching row, not
    /// one page: nested fields are flattened (object.field columns; lists joined with |).
    /// </summary>
    [Vocabulary("ListFormat", "json", CsvOutput.Format)]
    public string? Format { get; set; }

    /// <summary>
    /// For CSV only: true adds a second row of HXL hashtags (Humanitarian Exchange Language 1.1) under
    /// the header, one per column, so that HXL tools (HDX) read the file as it is. Refused on JSON.
    /// </summary>
    public bool? Hxl { get; set; }
}

/// <summary>Query parameters of a list with filters: those lists can also count by filter value.</summary>
public abstract class FacetedRequest : PagedRequest
{
    /// <summary>
    /// Filters to count by, comma-separated (facet=dimension,assessment): the answer's facets then
    /// give, for each value of each, the total the list would have with that filter set to it.
    /// </summary>
    public string? Facet { get; set; }
}

/// <summary>The envelope of every list.</summary>
public sealed class PagedList<T>
{
    /// <summary>The items of this page, in the list's documented order.</summary>
    public required IReadOnlyList<T> Items { get; init; }
    /// <summary>This page's number, from 1.</summary>
    public required int Page { get; init; }
    /// <summary>The page size the page was cut at (the pageSize asked for, or 50).</summary>
    public required int PageSize { get; init; }
    /// <summary>The number of items matching the filters, over all pages.</summary>
    public required int Total { get; init; }
    /// <summary>The number of pages at this page size (0 when nothing matches).</summary>
    public required int TotalPages { get; init; }
    /// <summary>
    /// Only when facet is given (else null): per filter named, each value with the total the list
    /// would have with that filter set to that value and the other filters as they are; most
    /// frequent first.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Facets { get; init; }
    /// <summary>
    /// Only when facet is given (else null): the facets named that took longer than their time
    /// limit to count, left out of facets (the page and the other facets are answered); usually
    /// empty. Such an answer is not cached (Cache-Control: no-store): ask again for the counts.
    /// </summary>
    public IReadOnlyList<string>? FacetsTimedOut { get; init; }
}

/// <summary>One value of a facet and how many items it selects.</summary>
public sealed class FacetValue
{
    /// <summary>The filter value, as it is written in the query (e.g. 2, well-developed, MEX-2022).</summary>
    public required string Value { get; init; }
    /// <summary>The list's total with the filter set to this value.</summary>
    public required int Count { get; init; }
}
