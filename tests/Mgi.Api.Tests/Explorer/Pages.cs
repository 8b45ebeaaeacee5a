using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mgi.Api.Tests.Explorer;

/// <summary>Reading the explorer's pages as a browser gets them: the response and its HTML parsed by AngleSharp.</summary>
public static class Pages
{
    /// <summary>What a browser sends: HTML first, anything else after.</summary>
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /// <summary>A client that does not follow redirects, so that each step of a walk is seen.</summary>
    public static HttpClient Browser(this ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.ParseAdd(BrowserAccept);
        return client;
    }

    public sealed record HtmlPage(HttpResponseMessage Response, string Html, IDocument Document)
    {
        public IElement One(string selector) =>
            Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}' in {Response.RequestMessage?.RequestUri}.");
        public IReadOnlyList<IElement> All(string selector) => [.. Document.QuerySelectorAll(selector)];
    }

    public static async Task<HtmlPage> Page(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlPage(response, html, new HtmlParser().ParseDocument(html));
    }

    /// <summary>The text as a reader sees it: runs of white space as one space, trimmed.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Squeezed(this string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The facets a page shows: per filter, each value's count, from the links' data attributes.</summary>
    public static Dictionary<string, Dictionary<string, int>> Facets(this HtmlPage page) =>
        page.All("a[data-facet]")
            .GroupBy(a => a.GetAttribute("data-facet")!)
            .ToDictionary(g => g.Key, g => g.ToDictionary(a => a.GetAttribute("data-value")!, a => int.Parse(a.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The facets of an API answer, in the same shape.</summary>
    public static Dictionary<string, Dictionary<string, int>> Facets(this JsonElement answer) =>
        answer.GetProperty("facets").EnumerateObject().ToDictionary(f => f.Name,
            f => f.Value.EnumerateArray().ToDictionary(v => v.Str("value"), v => v.GetProperty("count").GetInt32()));
}
