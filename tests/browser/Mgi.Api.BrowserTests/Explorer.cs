using System.Text.Json;
using Microsoft.Playwright;

namespace Mgi.Api.BrowserTests;

/// <summary>
/// One service process and one Chromium for every test of the collection: Debian's Chromium
/// (/usr/bin/chromium, or MGI_CHROMIUM), driven by Playwright; never a browser of Playwright's own.
/// </summary>
public sealed class Explorer : IAsyncLifetime
{
    /// <summary>The flags this machine needs: no sandbox as root, no GPU, and no background traffic to hosts it cannot reach.</summary>
    static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    ServiceProcess? _service;
    IPlaywright? _playwright;
    IBrowser? _browser;

    public ServiceProcess Service => _service ?? throw new InvalidOperationException("not started");
    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        _service = await ServiceProcess.StartAsync();
        Http.BaseAddress = _service.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MGI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    /// <summary>A new browser context (its own cookies and cache) and page, every request and console error recorded.</summary>
    public async Task<Session> OpenAsync(int width = 1280, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = Service.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
            JavaScriptEnabled = javaScript,
        });
        // A shared 2-core machine under load can take longer than Playwright's 30 s default.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new Session(context, page, Service.BaseAddress);
    }

    /// <summary>GET a path of the API; its JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string pathAndQuery)
    {
        using var response = await Http.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Http.Dispose();
        if (_service is not null) await _service.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerFixture : ICollectionFixture<Explorer>
{
    public const string Name = "explorer";
}
