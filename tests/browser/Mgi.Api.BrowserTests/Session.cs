using Microsoft.Playwright;

namespace Mgi.Api.BrowserTests;

/// <summary>A browser context and its page, with every request it made and every console error it saw.</summary>
public sealed class Session : IAsyncDisposable
{
    readonly IBrowserContext _context;
    readonly Uri _service;
    readonly List<string> _requests = [];
    readonly List<string> _consoleErrors = [];

    public IPage Page { get; }

    public Session(IBrowserContext context, IPage page, Uri service)
    {
        _context = context;
        _service = service;
        Page = page;
        context.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
        // A CSP violation (an inline script or style without nonce or hash) is reported here.
        page.Console += (_, message) => { if (message.Type == "error") lock (_consoleErrors) _consoleErrors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => { lock (_consoleErrors) _consoleErrors.Add(error); };
    }

    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }
    public IReadOnlyList<string> ConsoleErrors { get { lock (_consoleErrors) return [.. _consoleErrors]; } }

    /// <summary>Goes to a path of the service and waits until the network is idle; the document's response.</summary>
    public async Task<IResponse> GoAsync(string pathAndQuery)
    {
        var response = await Page.GotoAsync(pathAndQuery, new() { WaitUntil = WaitUntilState.NetworkIdle });
        return response ?? throw new InvalidOperationException($"no response for {pathAndQuery}");
    }

    /// <summary>The requests whose URL is not on the service's own scheme, host and port.</summary>
    public IReadOnlyList<string> RequestsElsewhere() =>
        [.. Requests.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != _service.Scheme || uri.Authority != _service.Authority)];

    /// <summary>The page's path and query, relative to the service.</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
