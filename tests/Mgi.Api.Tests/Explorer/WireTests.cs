using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mgi.Api.Tests.Explorer;

/// <summary>
/// What every page keeps on the wire: validators and 304s, the strict CSP with nothing inline,
/// nothing loaded from another host, the page weight; and / answering a browser with the explorer
/// and an API client with JSON.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class WireTests(ApiFactory api)
{
    readonly HttpClient _browser = api.Browser();

    /// <summary>One URL of each page type.</summary>
    public static TheoryData<string> PageTypes => new(Urls);

    static readonly string[] Urls =
    [
        "/explore",
        "/explore/profiles/MEX-2022",
        "/explore/profiles/MX-OAX-2020",
        "/explore/policies",
        "/explore/policies?profile=MEX-2022&dimension=3&assessment=well-developed",
        "/explore/policies/MEX-2022-1.2-01",
        "/explore/instruments",
        "/explore/instruments/mex-migration-law",
        "/explore/covid-responses",
        "/explore/search?q=remittances",
        "/explore/policies?dimension=9",
    ];

    static readonly string[] Fetching = ["src", "href", "srcset", "poster", "data", "action", "formaction"];

    static string Ok(string url) => url.Contains("dimension=9", StringComparison.Ordinal) ? "400" : "200";

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_has_the_strict_CSP_and_nothing_inline(string url)
    {
        var page = await _browser.Page(url, Ok(url) == "200" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        var csp = string.Join(";", page.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        // No inline script (a JSON-LD data block is data, not script) and no inline style, SVG included.
        Assert.All(page.All("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", s.OuterHtml));
        Assert.Empty(page.All("style"));
        Assert.Empty(page.All("[style]"));
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task No_page_loads_anything_from_another_host(string url)
    {
        var page = await _browser.Page(url, Ok(url) == "200" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        // Whatever a browser fetches by itself: scripts, styles, images, frames, objects, forms' targets.
        var fetched = page.All("[src], link[href], [srcset], [poster], object[data], form[action], [formaction]")
            .SelectMany(e => Fetching.Select(e.GetAttribute))
            .OfType<string>().ToList();
        Assert.NotEmpty(fetched);
        Assert.All(fetched, u => Assert.StartsWith("/", u, StringComparison.Ordinal));
        Assert.All(fetched, u => Assert.False(u.StartsWith("//", StringComparison.Ordinal), u));
        // Links out go only where the data itself points (a licence, a profile's sources and notes).
        var data = DataText.Value;
        Assert.All(page.All("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('/') && !h.StartsWith('#')),
            href => Assert.Contains(href, data, StringComparison.Ordinal));
    }

    static readonly Lazy<string> DataText = new(() => string.Concat(
        Directory.EnumerateFiles(RepositoryPaths.Data, "*.json", SearchOption.AllDirectories).Select(File.ReadAllText)));

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_weighs_under_100_KB_beyond_its_data(string url)
    {
        var page = await _browser.Page(url, Ok(url) == "200" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        var bytes = Encoding.UTF8.GetByteCount(page.Html);
        var data = page.All(".verbatim, .notes, .sources").Sum(e => Encoding.UTF8.GetByteCount(e.TextContent));
        Assert.True(bytes - data < 100 * 1024, $"{url}: {bytes} bytes, of which {data} the data's text");
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_answers_If_None_Match_with_304(string url)
    {
        if (Ok(url) != "200") return;
        var first = await _browser.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.StartsWith("public, max-age=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Accept", first.Headers.Vary);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _browser.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pages_are_compressed_and_the_style_sheet_is_the_services_own_and_cached()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/explore/policies");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var compressed = await _browser.SendAsync(request);
        Assert.Equal("br", compressed.Content.Headers.ContentEncoding.Single());

        var css = await _browser.GetAsync("/explore/assets/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(css.Headers.ETag);
        Assert.StartsWith("public, max-age=", css.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var js = await _browser.GetAsync("/explore/assets/copy.js");
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Slash_sends_a_browser_to_the_explorer_and_gives_API_clients_no_page()
    {
        var browser = await _browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, browser.StatusCode);
        Assert.Equal("/explore", browser.Headers.Location?.OriginalString);
        Assert.Contains("Accept", browser.Headers.Vary);

        var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var accept in new[] { "application/json", "*/*", "application/json, text/html;q=0.5", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            if (accept.Length > 0) request.Headers.Accept.ParseAdd(accept);
            var answer = await client.SendAsync(request);
            Assert.NotEqual(HttpStatusCode.Found, answer.StatusCode);
            Assert.NotEqual("text/html", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Accept", answer.Headers.Vary);
        }
    }

    [Fact]
    public async Task The_profile_page_describes_the_profile_as_a_schema_org_Dataset()
    {
        var page = await _browser.Page("/explore/profiles/MEX-2022");
        var profile = await api.CreateClient().Json("/v1/profiles/MEX-2022");
        var ld = JsonDocument.Parse(page.One("script[type='application/ld+json']").TextContent).RootElement;
        Assert.Equal("https://schema.org", ld.Str("@context"));
        Assert.Equal("Dataset", ld.Str("@type"));
        Assert.Equal(profile.Str("title"), ld.Str("name"));
        Assert.Equal("MEX-2022", ld.Str("identifier"));
        Assert.Equal(profile.GetProperty("license").Str("url"), ld.Str("license"));
        Assert.Equal(profile.Str("citation"), ld.Str("citation"));
        Assert.Equal(profile.Str("publisher"), ld.GetProperty("publisher").Str("name"));
        Assert.Equal(profile.Str("publisher"), ld.GetProperty("creator").Str("name"));
        Assert.Equal("Mexico", ld.GetProperty("spatialCoverage").Str("name"));
        Assert.Equal("2022", ld.Str("temporalCoverage"));
        Assert.True(ld.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.NotEmpty(ld.Str("description"));
        Assert.EndsWith("/explore/profiles/MEX-2022", ld.Str("url"), StringComparison.Ordinal);
        Assert.Contains("migration", ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        var downloads = ld.GetProperty("distribution").EnumerateArray().ToList();
        Assert.All(downloads, d => Assert.Equal("DataDownload", d.Str("@type")));
        Assert.Contains(downloads, d => d.Str("encodingFormat") == "text/csv" && d.Str("contentUrl").EndsWith("/v1/policies?profile=MEX-2022&format=csv", StringComparison.Ordinal));
        // Each download answers.
        foreach (var download in downloads)
        {
            using var answer = await api.CreateClient().GetAsync(new Uri(download.Str("contentUrl")).PathAndQuery, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(download.Str("encodingFormat"), answer.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Pages_are_landmarked_with_headings_in_order_and_labelled_controls()
    {
        foreach (var url in Urls)
        {
            var page = await _browser.Page(url, Ok(url) == "200" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
            Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.All("main#main"));
            Assert.Single(page.All("header"));
            Assert.Single(page.All("footer"));
            Assert.Equal("#main", page.One("a.skip").GetAttribute("href"));
            Assert.Single(page.All("h1"));
            var levels = page.All("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: a heading jumps from h{levels[i - 1]} to h{levels[i]}");
            foreach (var input in page.All("input:not([type=hidden])"))
                Assert.True(page.Document.QuerySelector($"label[for='{input.Id}']") is not null, $"{url}: input #{input.Id} has no label");
            Assert.All(page.All("table"), t => Assert.NotNull(t.QuerySelector("caption")));
            Assert.All(page.All("th"), th => Assert.True(th.HasAttribute("scope"), $"{url}: {th.OuterHtml}"));
        }
    }

    [Fact]
    public async Task The_explorer_is_not_part_of_the_contract()
    {
        // The pages are no operations (the index's links name /explore, as a link among the data).
        var paths = (await api.CreateClient().Json("/openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name);
        Assert.DoesNotContain(paths, p => p.StartsWith("/explore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_repeated_page_is_replayed_from_the_response_store()
    {
        var store = api.Services.GetService(typeof(Mgi.Api.Http.ResponseStore)) as Mgi.Api.Http.ResponseStore;
        Assert.NotNull(store);
        const string url = "/explore/policies?profile=MEX-2022&dimension=2";
        var first = await _browser.GetStringAsync(url);
        var before = store.Hits;
        var second = await _browser.GetStringAsync(url);
        Assert.True(store.Hits > before, "the second request was not answered from the store");
        Assert.Equal(first, second);
    }
}
