using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.Data;
using Mgi.Api.ReadModel;

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
        await SendPageAsync(request, resource.Source(db, request), ct);
    }

    /// <summary>
    /// The one way a list answers: the page of <paramref name="source"/> the request asks for
    /// (<see cref="ListSource{TItem}.Read"/>) as JSON, or every matching item as CSV.
    /// </summary>
    protected async Task SendPageAsync(TRequest request, ListSource<TItem> source, CancellationToken ct)
    {
        if (CsvOutput.IsRequested(HttpContext.Request))
        {
            if ((request as FacetedRequest)?.Facet is not null) await RefuseAsync("facet", "facet counts come with JSON; leave facet out of a CSV request.", ct);
            else await SendCsvAsync(source.Items, request.Hxl == true, ct);
            return;
        }
        if (request.Hxl == true)
        {
            await RefuseAsync("hxl", "hxl=true adds HXL hashtags to CSV; ask for CSV (format=csv or Accept: text/csv) or leave hxl out.", ct);
            return;
        }
        var (page, refusal) = source.Read(request);
        if (page is null)
        {
            await RefuseAsync(refusal!.PropertyName, refusal.ErrorMessage, ct);
            return;
        }
        HttpContext.Response.Headers.Link = LinkHeader.For(HttpContext.Request, page.Page, page.PageSize, page.TotalPages);
        page.KeepFromCachesIfIncomplete(HttpContext.Response);
        // The contract declares PagedList<TItem>; PagedList<RawJson> serializes to the same bytes.
        await HttpContext.Response.SendOkAsync(new PagedList<RawJson>
        {
            Items = [.. page.Items.Select(i => new RawJson(i.Json))], Page = page.Page, PageSize = page.PageSize,
            Total = page.Total, TotalPages = page.TotalPages, Facets = page.Facets, FacetsTimedOut = page.FacetsTimedOut,
        }, null, ct);
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
