using Mgi.Api.Data;
using Mgi.Api.Features.Explorer.Shared;
using Mgi.Api.Lists;
using Mgi.Api.ReadModel;
using Microsoft.AspNetCore.Components;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// A list as a page: the list's own parameters, read by its resource's own code (the page, total and
/// facets the JSON list answers), every facet unless <c>facet</c> names some; or the API's refusal as a page.
/// </summary>
public abstract class ListPageEndpoint<TItem, TRequest, TPage>(Database database, Resource<TItem, TRequest> resource)
    : PageEndpoint<TRequest>
    where TItem : class where TRequest : FacetedRequest, new() where TPage : IComponent
{
    /// <summary>The API twin's route (the request type's Route).</summary>
    protected abstract string ApiRoute { get; }

    /// <summary>The SDK client property and operation that make the same request, as the page shows the call.</summary>
    protected abstract (string Client, string Operation) SdkOperation { get; }

    protected sealed override async Task RenderAsync(TRequest req, CancellationToken ct)
    {
        var query = ViewQuery.Of(HttpContext.Request);
        if (await AsDataAsync(req, query, ApiRoute, ct)) return;
        req.Facet ??= string.Join(",", resource.FacetNames);
        ListPage<TItem>? page;
        ValidationFailure? refusal;
        using (var db = database.Open()) (page, refusal) = resource.Source(db, req).Read(req);
        if (page is null) await RefuseAsync(refusal!, ct);
        else
        {
            page.KeepFromCachesIfIncomplete(HttpContext.Response);
            await SendPageAsync<TPage>(new ListView<TItem>(page, query, ApiRoute,
                SdkCall.For<TRequest>(SdkOperation.Client, SdkOperation.Operation, query)), ct);
        }
    }
}
