using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// Renders a page (a Razor component) to a string on the server, whole, before a byte is sent: a
/// page that fails while rendering is never half-sent (the failure answers a 500 problem instead).
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory logs)
{
    // Text is escaped for HTML (<, >, &, quotes) but any letter is written as itself: a page of
    // Spanish names and en dashes is not inflated by numeric character references.
    readonly IServiceProvider _services = new WithEncoder(services, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));

    sealed class WithEncoder(IServiceProvider inner, System.Text.Encodings.Web.HtmlEncoder encoder) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(System.Text.Encodings.Web.HtmlEncoder) ? encoder : inner.GetService(serviceType);
    }

    public async Task<string> RenderAsync<TPage>(object model) where TPage : IComponent
    {
        // A renderer per page: it keeps every component it rendered until it is disposed.
        await using var renderer = new HtmlRenderer(_services, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var root = await renderer.RenderComponentAsync<TPage>(parameters);
            return "<!DOCTYPE html>\n" + root.ToHtmlString();
        });
    }
}
