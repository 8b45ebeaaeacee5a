namespace Mgi.Api.Lists;

/// <summary>
/// Base of the list endpoints: a page of rendered items in the envelope with an RFC 8288 Link
/// header, or a 400 naming <c>page</c> when the page lies past the last one; or, for CSV, every
/// matching item.
/// </summary>
public abstract class ListEndpoint<TRequest, TItem> : Endpoint<TRequest, PagedList<TItem>>
    where TRequest : PagedRequest, new()
    where TItem : class
{
    /// <summary>
    /// Route, operation id (a good method name), tag and documentation of the operation; for a
    /// list under an item (/jurisdictions/{code}/…), <c>notFound</c> says what its 404 means.
    /// </summary>
    protected void List(string route, string operationId, string tag, string summary, string description, string? notFound = null)
    {
        Get(route);
        AllowAnonymous();
        Description(b =>
        {
            b.WithName(operationId).WithTags(tag).ClearDefaultProduces(400).ProducesProblemDetails(400);
            if (notFound is not null) b.ProducesProblemDetails(404);
        });
        Summary(s =>
        {
            s.Summary = summary;
            s.Description = description + " Paged with page and pageSize; the Link header gives the first, prev, next and last pages.";
            s.Responses[200] = "A page of items in the paging envelope.";
            s.Responses[400] = "A bad parameter value, an unknown or repeated query parameter, a page size out of range or a page past the last" +
                (KnownCodeFilters ? ", or a code that matches none of its filter's known set (the closest are suggested)" : "") + "; the errors name the parameter.";
            if (notFound is not null) s.Responses[404] = notFound;
        });
    }

    /// <summary>Whether a filter of the list takes a code of a known set ([KnownCode]), which can be refused.</summary>
    static bool KnownCodeFilters => typeof(TRequest).GetProperties().Any(p => p.IsDefined(typeof(KnownCodeAttribute), inherit: true));

    /// <summary>A resource's list: SQL gives the total, the page's keys and any facets under the request's filters; the rendered items are written.</summary>
    protected async Task SendPageAsync(Database database, Resource<TItem, TRequest> resource, TRequest request, CancellationToken ct)
    {
        using var db = database.Open();
        var filter = resource.Filter(request);
        await SendPageAsync(request, () => resource.Total(db, filter), (offset, limit) => resource.Page(db, filter, offset, limit), ct,
            facetNames: filter.FacetNames, facets: names => resource.Facets(db, filter, names));
    }

    /// <summary>
    /// The one way a list answers: <paramref name="items"/> (offset, limit) gives rendered items in
    /// the list's order; <paramref name="total"/> how many match; <paramref name="facets"/> the
    /// counts per value of the filters named in facet, among <paramref name="facetNames"/>.
    /// </summary>
    protected async Task SendPageAsync(TRequest request, Func<int> total, Func<int, int, IReadOnlyList<Rendered<TItem>>> items, CancellationToken ct,
        IReadOnlyList<string>? facetNames = null, Func<IReadOnlyList<string>, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>>? facets = null)
    {
        var asked = (request as FacetedRequest)?.Facet;
        var (facetsAsked, facetError) = asked is null ? ([], null) : FacetRequest.Parse(asked, facetNames ?? []);
        if (facetError is not null)
        {
            await RefuseAsync("facet", facetError, ct);
            return;
        }
        if (CsvOutput.IsRequested(HttpContext.Request))
        {
            if (asked is not null) await RefuseAsync("facet", "facet counts come with JSON; leave facet out of a CSV request.", ct);
            else await SendCsvAsync(items, request.Hxl == true, ct);
            return;
        }
        if (request.Hxl == true)
        {
            await RefuseAsync("hxl", "hxl=true adds HXL hashtags to CSV; ask for CSV (format=csv or Accept: text/csv) or leave hxl out.", ct);
            return;
        }
        var count = total();
        var totalPages = count == 0 ? 0 : (count + request.PageSize - 1) / request.PageSize;
        if (request.Page > Math.Max(totalPages, 1))
        {
            await RefuseAsync("page", $"page {request.Page} is past the last page ({Math.Max(totalPages, 1)}) of {count} items at pageSize {request.PageSize}.", ct);
            return;
        }
        HttpContext.Response.Headers.Link = LinkHeader.For(HttpContext.Request, request.Page, request.PageSize, totalPages);
        var page = items((request.Page - 1) * request.PageSize, request.PageSize).Select(i => new RawJson(i.Json)).ToList();
        var counts = asked is null || facets is null ? null : facets(facetsAsked);
        // The contract declares PagedList<TItem>; PagedList<RawJson> serializes to the same bytes.
        await HttpContext.Response.SendOkAsync(new PagedList<RawJson> { Items = page, Page = request.Page, PageSize = request.PageSize, Total = count, TotalPages = totalPages, Facets = counts }, null, ct);
    }

    /// <summary>A 400 problem naming <paramref name="parameter"/> and why its value cannot be answered.</summary>
    async Task RefuseAsync(string parameter, string reason, CancellationToken ct)
    {
        AddError(new ValidationFailure(parameter, reason));
        await Send.ErrorsAsync(400, ct);
    }

    async Task SendCsvAsync(Func<int, int, IReadOnlyList<Rendered<TItem>>> items, bool hxl, CancellationToken ct)
    {
        // CSV is the whole list. The rows are read in full before the first byte is sent (a slow
        // client must not hold a statement past its time limit), so full exports take turns.
        var file = HttpContext.Request.Path.Value!.Split('/')[^1] + ".csv";
        await CsvOutput.FullExports.WaitAsync(ct);
        try
        {
            await CsvOutput.WriteAsync(HttpContext.Response, items(0, int.MaxValue).Select(i => i.Item).ToList(), file, hxl, ct);
        }
        finally
        {
            CsvOutput.FullExports.Release();
        }
    }
}
