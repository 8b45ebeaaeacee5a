namespace Mgi.Api.Common;

/// <summary>
/// Base of the single-resource endpoints: declares the operation in the contract and answers
/// the item, or a 404 problem naming the route parameter that matched nothing.
/// </summary>
public abstract class ItemEndpoint<TRequest, TResponse> : Endpoint<TRequest, TResponse>
    where TRequest : notnull
    where TResponse : class
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

    protected async Task SendItemAsync(TResponse? item, string parameter, string notFound, CancellationToken ct)
    {
        if (item is not null)
        {
            await Send.OkAsync(item, ct);
            return;
        }
        await SendNotFoundAsync(parameter, notFound, ct);
    }

    /// <summary>An item rendered at start-up (<see cref="RenderedData"/>): its JSON is written as it is.</summary>
    protected async Task SendItemAsync(Rendered<TResponse>? item, string parameter, string notFound, CancellationToken ct)
    {
        if (item is not null)
        {
            await HttpContext.Response.SendOkAsync(new RawJson(item.Json), null, ct);
            return;
        }
        await SendNotFoundAsync(parameter, notFound, ct);
    }

    async Task SendNotFoundAsync(string parameter, string notFound, CancellationToken ct)
    {
        AddError(new ValidationFailure(parameter, notFound));
        await Send.ErrorsAsync(404, ct);
    }
}
