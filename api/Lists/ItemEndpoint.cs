using Mgi.Api.ReadModel;

namespace Mgi.Api.Lists;

/// <summary>
/// Base of the single-resource endpoints: declares the operation in the contract and writes the
/// resource's rendered item, or a 404 problem naming the route parameter that matched nothing.
/// </summary>
public abstract class ItemEndpoint<TRequest, TItem>(Resource<TItem> resource) : Endpoint<TRequest, TItem>
    where TRequest : notnull
    where TItem : class
{
    /// <summary>Route, operation id (a good method name), tag and documentation of the operation.</summary>
    protected void Item(string route, string operationId, string tag, string summary, string description)
    {
        Get(route);
        AllowAnonymous();
        Description(b => b.WithName(operationId).WithTags(tag)
            .ClearDefaultProduces(400)
            .ProducesProblemDetails(400)
            .ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = summary;
            s.Description = description;
            s.Responses[200] = "The item.";
            s.Responses[400] = "A route parameter of the wrong type, or a query parameter (items take none).";
            s.Responses[404] = "No item has this code or id.";
        });
    }

    /// <summary>The item of <paramref name="key"/> (any case), or a 404 naming <paramref name="parameter"/>.</summary>
    protected async Task SendItemAsync(string key, string parameter, string notFound, CancellationToken ct)
    {
        if (resource.Item(key) is { } item)
        {
            await HttpContext.Response.SendOkAsync(new RawJson(item.Json), null, ct);
            return;
        }
        AddError(new ValidationFailure(parameter, notFound));
        await Send.ErrorsAsync(404, ct);
    }
}
