using Mgi.Api.Features.Explorer.Shared;
using Mgi.Api.Lists;
using Microsoft.AspNetCore.Components;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// Base of the explorer's pages. A page takes exactly the parameters of its API twin (the same
/// request type: the same binding, the same validator, the same unknown-parameter check), reads
/// the same resources, lists and counts, and answers as HTML: the page, or the API's problem
/// (status, detail, the parameter named) as a page. Pages are left out of the OpenAPI contract.
/// </summary>
public abstract class PageEndpoint<TRequest> : Endpoint<TRequest> where TRequest : notnull
{
    const string Html = "text/html; charset=utf-8";

    /// <summary>The route; failures are answered by the page (<see cref="ProblemAsync"/>), not as JSON.</summary>
    protected void Page(string route)
    {
        Get(route);
        AllowAnonymous();
        DontThrowIfValidationFails();
        Description(b => b.ClearDefaultProduces().Produces<string>(200, "text/html").ExcludeFromDescription());
    }

    public sealed override async Task HandleAsync(TRequest req, CancellationToken ct)
    {
        if (!ValidationFailed) await RenderAsync(req, ct);
        else if (HttpContext.Request.QueryString.HasValue || !await BlankAsync(ct)) await ProblemAsync(400, ct);
    }

    /// <summary>
    /// A page asked with no query at all whose API twin requires a parameter (search without q):
    /// sends what a browser shows then, its form, and answers true; false (the default) keeps the 400.
    /// </summary>
    protected virtual Task<bool> BlankAsync(CancellationToken ct) => Task.FromResult(false);

    /// <summary>A binding failure (a value of the wrong type): the 400 as a page.</summary>
    public sealed override Task OnValidationFailedAsync(CancellationToken ct) => ProblemAsync(400, ct);

    /// <summary>Reads what the page shows and sends it (<see cref="SendPageAsync{TPage}"/>), or a problem.</summary>
    protected abstract Task RenderAsync(TRequest req, CancellationToken ct);

    protected async Task SendPageAsync<TPage>(object model, CancellationToken ct) where TPage : IComponent =>
        await Send.StringAsync(await Resolve<PageRenderer>().RenderAsync<TPage>(model), 200, Html, ct);

    /// <summary>The failures gathered so far as the API's problem details, rendered as a page with its status.</summary>
    protected async Task ProblemAsync(int status, CancellationToken ct)
    {
        var problem = new ProblemDetails(ValidationFailures, HttpContext.Request.Path, HttpContext.TraceIdentifier, status);
        var twin = ViewQuery.Of(HttpContext.Request).On(ApiTwin.PathOf(HttpContext.Request.Path));
        await Send.StringAsync(await Resolve<PageRenderer>().RenderAsync<ProblemPage>(new ProblemView(problem, twin)), status, Html, ct);
    }

    /// <summary>A 404 naming the route parameter that matched nothing, with the API's words.</summary>
    protected Task NotFoundAsync(string parameter, string reason, CancellationToken ct)
    {
        ValidationFailures.Add(new ValidationFailure(parameter, reason));
        return ProblemAsync(404, ct);
    }

    /// <summary>
    /// format (json, csv) and hxl choose a representation of data, not of a page: a page asked for
    /// one sends the client to its API twin, the same query as data (302). Answers whether it did.
    /// </summary>
    protected async Task<bool> AsDataAsync(PagedRequest req, ViewQuery query, string apiPath, CancellationToken ct)
    {
        if (req.Format is null && req.Hxl is null) return false;
        await Send.RedirectAsync(query.On(apiPath), isPermanent: false, allowRemoteRedirects: false);
        return true;
    }

    /// <summary>A refusal from reading a list (facet, page past the last): a 400 page.</summary>
    protected Task RefuseAsync(ValidationFailure refusal, CancellationToken ct)
    {
        ValidationFailures.Add(refusal);
        return ProblemAsync(400, ct);
    }
}

/// <summary>A problem as a page shows it: the API's problem details and the API request that answers the same.</summary>
public sealed record ProblemView(ProblemDetails Problem, string Twin);
