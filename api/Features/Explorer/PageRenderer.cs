using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// Renders a page (a Razor component) to a string on the server, whole, before a byte is sent: a
/// page that fails while rendering is never half-sent (the failure answers a 500 problem instead).
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory logs)
{
    public async Task<string> RenderAsync<TPage>(object model) where TPage : IComponent
    {
        // A renderer per page: it keeps every component it rendered until it is disposed.
        await using var renderer = new HtmlRenderer(services, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var root = await renderer.RenderComponentAsync<TPage>(parameters);
            return "<!DOCTYPE html>\n" + root.ToHtmlString();
        });
    }
}
