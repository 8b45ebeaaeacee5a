using System.Collections.Specialized;
using System.Web;
using Microsoft.Playwright;

namespace Mgi.Api.BrowserTests;

/// <summary>Reading links off a page: HTML and SVG anchors alike.</summary>
public static class Links
{
    /// <summary>The href of every anchor matching <paramref name="selector"/>, as written in the page.</summary>
    public static async Task<string[]> HrefsAsync(IPage page, string selector = "a") =>
        await page.EvalOnSelectorAllAsync<string[]>(selector,
            "els => els.map(e => e.getAttribute('href') ?? e.getAttribute('xlink:href')).filter(h => h !== null)");

    /// <summary>The path of a link, resolved against the page.</summary>
    public static string PathOf(IPage page, string href) => new Uri(new Uri(page.Url), href).AbsolutePath;

    public static NameValueCollection QueryOf(IPage page, string href) => HttpUtility.ParseQueryString(new Uri(new Uri(page.Url), href).Query);

    /// <summary>True if the link goes to <paramref name="path"/> with (at least) each of the given query values.</summary>
    public static bool Goes(IPage page, string href, string path, params (string Name, string Value)[] query)
    {
        if (PathOf(page, href) != path) return false;
        var actual = QueryOf(page, href);
        return query.All(q => actual[q.Name] == q.Value);
    }

    /// <summary>The ids of the findings the page links to (/explore/policies/{id}), in page order, once each.</summary>
    public static async Task<string[]> FindingIdsAsync(IPage page)
    {
        const string prefix = "/explore/policies/";
        return [.. (await HrefsAsync(page, "main a")).Select(h => PathOf(page, h))
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length)
            .Select(p => Uri.UnescapeDataString(p[prefix.Length..])).Distinct()];
    }
}
