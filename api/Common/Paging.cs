using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FastEndpoints;

namespace Mgi.Api.Common;

/// <summary>Query parameters every list accepts.</summary>
public abstract class PagedRequest
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
    [AllowedValues("json", Csv.CsvOutput.Format)]
    public string? Format { get; set; }

    public int Offset => (Page - 1) * PageSize;
}

/// <summary>The envelope of every list.</summary>
public sealed class PagedList<T>
{
    /// <summary>The items of this page, in the list's documented order.</summary>
    public required IReadOnlyList<T> Items { get; init; }
    /// <summary>This page's number, from 1.</summary>
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    /// <summary>The number of items matching the filters, over all pages.</summary>
    public required int Total { get; init; }
    /// <summary>The number of pages at this page size (0 when nothing matches).</summary>
    public required int TotalPages { get; init; }
}

/// <summary>
/// Base of the list endpoints: sends a page in its envelope with an RFC 8288 Link header, or a
/// 400 naming <c>page</c> when the page lies past the last one.
/// </summary>
public abstract class ListEndpoint<TRequest, TItem> : Endpoint<TRequest, PagedList<TItem>>
    where TRequest : PagedRequest, new()
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
            s.Responses[400] = "A bad parameter value, an unknown or repeated query parameter, a page size out of range or a page past the last; the errors name the parameter.";
            if (notFound is not null) s.Responses[404] = notFound;
        });
    }

    /// <summary>A page of items read per request (lists whose items are not rendered at start-up).</summary>
    protected async Task SendPageAsync(TRequest request, Func<int> count, Func<IReadOnlyList<TItem>> items, CancellationToken ct)
    {
        if (Csv.CsvOutput.IsRequested(HttpContext.Request))
        {
            await SendCsvAsync(request, items, ct);
            return;
        }
        if (await PageOrErrorAsync(request, count, ct) is not { } page) return;
        await Send.OkAsync(new PagedList<TItem> { Items = items(), Page = request.Page, PageSize = request.PageSize, Total = page.Total, TotalPages = page.TotalPages }, ct);
    }

    /// <summary>A page of items rendered at start-up: their JSON is written as it is, inside the same envelope.</summary>
    protected async Task SendPageAsync(TRequest request, Func<int> count, Func<IReadOnlyList<Rendered<TItem>>> items, CancellationToken ct)
    {
        if (Csv.CsvOutput.IsRequested(HttpContext.Request))
        {
            await SendCsvAsync(request, () => items().Select(i => i.Item).ToList(), ct);
            return;
        }
        if (await PageOrErrorAsync(request, count, ct) is not { } page) return;
        var rendered = items().Select(i => new RawJson(i.Json)).ToList();
        // The contract declares PagedList<TItem>; PagedList<RawJson> serializes to the same bytes.
        await HttpContext.Response.SendOkAsync(new PagedList<RawJson> { Items = rendered, Page = request.Page, PageSize = request.PageSize, Total = page.Total, TotalPages = page.TotalPages }, null, ct);
    }

    async Task SendCsvAsync(TRequest request, Func<IReadOnlyList<TItem>> items, CancellationToken ct)
    {
        // CSV is the whole list: widen the page to every matching row. The rows are read in full
        // before the first byte is sent (a slow client must not hold a statement past its time
        // limit), so full exports take turns: on the 200-profile data set, 64 at once held 2 GiB.
        request.Page = 1;
        request.PageSize = int.MaxValue;
        var file = HttpContext.Request.Path.Value!.Split('/')[^1] + ".csv";
        await Csv.CsvOutput.FullExports.WaitAsync(ct);
        try
        {
            await Csv.CsvOutput.WriteAsync(HttpContext.Response, items(), file, ct);
        }
        finally
        {
            Csv.CsvOutput.FullExports.Release();
        }
    }

    /// <summary>The total and page count, with the Link header set; or null once a 400 naming page is sent (past the last page).</summary>
    async Task<(int Total, int TotalPages)?> PageOrErrorAsync(TRequest request, Func<int> count, CancellationToken ct)
    {
        var total = HttpContext.RequestServices.GetRequiredService<CountCache>().GetOrCount(CountCache.KeyOf(HttpContext.Request), count);
        var totalPages = total == 0 ? 0 : (total + request.PageSize - 1) / request.PageSize;
        if (request.Page > Math.Max(totalPages, 1))
        {
            AddError(new ValidationFailure("page", $"page {request.Page} is past the last page ({Math.Max(totalPages, 1)}) of {total} items at pageSize {request.PageSize}."));
            await Send.ErrorsAsync(400, ct);
            return null;
        }
        HttpContext.Response.Headers.Link = LinkHeader(HttpContext.Request, request.Page, request.PageSize, totalPages);
        return (total, totalPages);
    }

    static string LinkHeader(HttpRequest request, int page, int pageSize, int totalPages)
    {
        var last = Math.Max(totalPages, 1);
        var links = new List<string> { Link(request, 1, pageSize, "first") };
        if (page > 1) links.Add(Link(request, page - 1, pageSize, "prev"));
        if (page < last) links.Add(Link(request, page + 1, pageSize, "next"));
        links.Add(Link(request, last, pageSize, "last"));
        return string.Join(", ", links);
    }

    static string Link(HttpRequest request, int page, int pageSize, string rel)
    {
        // Keep the client's filters; only page and pageSize are set here.
        var query = request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
        return $"<{url}>; rel=\"{rel}\"";
    }
}
