namespace Mgi.Api.BrowserTests;

/// <summary>
/// Every page type loads from the service alone (no request to another host, no console error, which
/// is where a Content-Security-Policy violation shows), with JavaScript on and off, and is kept as a
/// full-page screenshot at desktop and phone widths.
/// </summary>
[Collection(ExplorerFixture.Name)]
public sealed class PageTypeTests(Explorer explorer, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task A_page_type_requests_nothing_from_another_host_and_logs_no_error(string pageType)
    {
        var (path, status) = await PageTypes.ResolveAsync(explorer, pageType);
        await using var session = await explorer.OpenAsync();
        var response = await session.GoAsync(path);

        Assert.Equal(status, response.Status);
        Assert.NotEmpty(session.Requests);
        Assert.True(session.RequestsElsewhere().Count == 0, "requests to other hosts:\n" + string.Join('\n', session.RequestsElsewhere()));
        // Errors the page's own status causes (the 400 or 404 of the document itself) are expected.
        var errors = session.ConsoleErrors.Where(e => !e.Contains($"status of {status}", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join('\n', errors));
        // The page's weight, printed for the record: the HTML as served, and as it crossed the wire (compressed).
        var sizes = await response.Request.SizesAsync();
        output.WriteLine($"{pageType} {path}: {status}, {session.Requests.Count} requests, all to {explorer.Service.BaseAddress.Authority}; "
            + $"HTML {(await response.BodyAsync()).Length} bytes, {sizes.ResponseBodySize} on the wire");
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Every_link_of_a_page_type_to_the_service_answers(string pageType)
    {
        var (path, status) = await PageTypes.ResolveAsync(explorer, pageType);
        await using var session = await explorer.OpenAsync();
        await session.GoAsync(path);

        // As the browser resolves them (HTML and SVG links alike); links to other hosts are not followed.
        var urls = (await session.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a')].map(a => a.href.baseVal ?? a.href)"))
            .Select(href => new Uri(href)).Where(uri => uri.Authority == explorer.Service.BaseAddress.Authority)
            .Select(uri => uri.GetLeftPart(UriPartial.Query)).Distinct().ToList();
        var broken = new List<string>();
        foreach (var url in urls)
        {
            using var response = await explorer.Http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead);
            var answer = (int)response.StatusCode;
            // An error page links the API's answer to the same request, which keeps the same status.
            if (answer >= 400 && !(status >= 400 && answer == status)) broken.Add($"{answer} {url}");
        }
        Assert.True(broken.Count == 0, $"{path} links to:\n{string.Join('\n', broken)}");
        output.WriteLine($"{pageType} {path}: {urls.Count} links to the service, all answering");
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task A_page_type_works_with_JavaScript_off(string pageType)
    {
        var (path, status) = await PageTypes.ResolveAsync(explorer, pageType);
        await using var session = await explorer.OpenAsync(javaScript: false);
        var response = await session.GoAsync(path);

        Assert.Equal(status, response.Status);
        Assert.Equal(1, await session.Page.Locator("main").CountAsync());
        Assert.Equal(1, await session.Page.Locator("h1").CountAsync());
        Assert.NotEmpty((await session.Page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Empty(session.RequestsElsewhere());
    }

    [Fact]
    public async Task With_JavaScript_off_a_facet_link_narrows_the_findings()
    {
        await using var session = await explorer.OpenAsync(javaScript: false);
        var page = session.Page;
        await session.GoAsync($"/explore/policies?profile={PageTypes.Profile}");
        var all = await Links.FindingIdsAsync(page);

        var facet = (await Links.HrefsAsync(page, "a")).First(h => Links.Goes(page, h, "/explore/policies", ("dimension", "3")));
        await page.Locator($"a[href='{facet}']").First.ClickAsync();
        await page.WaitForURLAsync(url => Links.QueryOf(page, url)["dimension"] == "3");

        var api = await explorer.GetJsonAsync("/v1/policies" + new Uri(page.Url).Query);
        var ids = await Links.FindingIdsAsync(page);
        Assert.Equal(api.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()), ids);
        Assert.True(ids.Length < all.Length, $"{ids.Length} findings after the facet, {all.Length} before");
        Assert.Empty(session.RequestsElsewhere());
    }

    /// <summary>The innermost elements reaching past the viewport's right edge, or whose content does (a long
    /// unbroken word), outside scrolling boxes (a wide table in its own scroller is fine), the first five: named on failure.</summary>
    const string WiderThanTheViewport = """
        () => {
          const shown = e => getComputedStyle(e).overflowX === 'visible';
          const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) if (!shown(a)) return true; return false; };
          const past = e => !clipped(e) && (e.getBoundingClientRect().right > window.innerWidth + 1 || (shown(e) && e.scrollWidth > window.innerWidth + 1));
          return [...document.querySelectorAll('body *')].filter(e => past(e) && ![...e.children].some(past)).slice(0, 5)
            .map(e => `right ${Math.round(e.getBoundingClientRect().right)} px, content ${e.scrollWidth} px: ${e.outerHTML.slice(0, 160)}`);
        }
        """;

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task A_page_type_is_kept_as_a_full_page_screenshot_at_desktop_and_phone_widths(string pageType)
    {
        var (path, status) = await PageTypes.ResolveAsync(explorer, pageType);
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        foreach (var (width, device) in new[] { (1280, "desktop"), (390, "phone") })
        {
            await using var session = await explorer.OpenAsync(width);
            Assert.Equal(status, (await session.GoAsync(path)).Status);
            var file = Path.Combine(RepositoryPaths.Screenshots, $"{pageType}-{device}.png");
            await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true });

            // Readable on a phone: nothing wider than the viewport (no sideways scrolling).
            var scrollWidth = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} at {width} px scrolls sideways: {scrollWidth} px wide; what sticks out:\n"
                + string.Join('\n', await session.Page.EvaluateAsync<string[]>(WiderThanTheViewport)));
            output.WriteLine(file);
        }
    }
}
