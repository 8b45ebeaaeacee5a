using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Mgi.Api.BrowserTests;

/// <summary>An analyst's way through the explorer, clicking and typing as a person does, with JavaScript on.</summary>
[Collection(ExplorerFixture.Name)]
public sealed partial class JourneyTests(Explorer explorer)
{
    [Fact]
    public async Task From_the_root_a_browser_follows_Mexico_2022_and_dimension_3s_well_developed_bar_to_its_findings_with_their_notes_and_API_twin()
    {
        await using var session = await explorer.OpenAsync();
        var page = session.Page;

        // A browser asking for / gets the explorer, which links the profile.
        await session.GoAsync("/");
        await ClickAndWaitAsync(page, page.Locator($"a[href$='/explore/profiles/{PageTypes.Profile}']").First);
        Assert.Equal($"/explore/profiles/{PageTypes.Profile}", session.PathAndQuery);

        // The chart's bar for dimension 3, well developed: an SVG link to those findings.
        var bar = await BarLinkAsync(page, dimension: 3, "well-developed");
        await ClickAndWaitAsync(page, page.Locator($"svg a[href='{bar}']"));

        await AssertWellDevelopedDimension3FindingsAsync(session);
        Assert.Empty(session.RequestsElsewhere());
    }

    [Fact]
    public async Task A_facet_link_narrows_the_findings_to_what_the_API_answers_for_the_same_query()
    {
        await using var session = await explorer.OpenAsync();
        var page = session.Page;
        await session.GoAsync($"/explore/policies?profile={PageTypes.Profile}");
        var before = await explorer.GetJsonAsync($"/v1/policies?profile={PageTypes.Profile}");

        // The dimension facet's link for dimension 3 (a link that sets that filter, with its count).
        var facet = (await Links.HrefsAsync(page, "a")).First(h => Links.Goes(page, h, "/explore/policies", ("profile", PageTypes.Profile), ("dimension", "3")));
        await ClickAndWaitAsync(page, page.Locator($"a[href='{facet}']").First);

        Assert.Equal("/explore/policies", new Uri(page.Url).AbsolutePath);
        var after = await explorer.GetJsonAsync("/v1/policies" + new Uri(page.Url).Query);
        Assert.True(after.GetProperty("total").GetInt32() < before.GetProperty("total").GetInt32(), "the facet did not narrow the list");
        Assert.Equal(Ids(after), await Links.FindingIdsAsync(page));
        Assert.All(await Links.FindingIdsAsync(page), id => Assert.Contains("-3.", id, StringComparison.Ordinal)); // MEX-2022-3.x-nn: dimension 3's sections
        Assert.Empty(session.RequestsElsewhere());
    }

    [Fact]
    public async Task A_search_from_the_search_box_lands_on_its_hits_with_the_matches_marked()
    {
        await using var session = await explorer.OpenAsync();
        var page = session.Page;
        await session.GoAsync("/explore");

        var box = page.GetByRole(AriaRole.Searchbox).First;
        await box.FillAsync("migration");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/explore/search", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("migration", Links.QueryOf(page, page.Url)["q"]);

        // Every highlight on the page is one the API's snippets mark for the same search.
        var marks = await page.Locator("main mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        var api = await explorer.GetJsonAsync("/v1/search" + new Uri(page.Url).Query);
        var marked = api.GetProperty("items").EnumerateArray()
            .SelectMany(hit => MarkPattern().Matches(hit.GetProperty("snippetHtml").GetString() ?? "").Select(m => m.Groups[1].Value.ToUpperInvariant()))
            .ToHashSet();
        Assert.All(marks, mark => Assert.Contains(mark.Trim().ToUpperInvariant(), marked));
        Assert.Empty(session.RequestsElsewhere());
    }

    [Fact]
    public async Task By_keyboard_alone_the_skip_link_comes_first_and_a_bar_is_reached_and_followed_with_Enter()
    {
        await using var session = await explorer.OpenAsync();
        var page = session.Page;
        await session.GoAsync($"/explore/profiles/{PageTypes.Profile}");

        // The first Tab reaches the skip link; Enter moves to the main content.
        await page.Keyboard.PressAsync("Tab");
        var first = await FocusedAsync(page);
        Assert.Matches("(?i)skip", first.Text);
        var target = first.Href.TrimStart('#');
        Assert.NotEmpty(target);
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#" + target, page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("t => { const e = document.getElementById(t); return !!e && !!(e.closest('main') || e.querySelector('main')); }", target),
            $"the skip link's target #{target} is not the main content");

        // Tab on until dimension 3's well-developed bar has the focus, then Enter follows it.
        var bar = await BarLinkAsync(page, dimension: 3, "well-developed");
        for (var presses = 0; (await FocusedAsync(page)).Href != bar; presses++)
        {
            Assert.True(presses < 200, "dimension 3's well-developed bar was not reached by Tab");
            await page.Keyboard.PressAsync("Tab");
        }
        // The waiter is in place before Enter, so a navigation that ends quickly is not missed.
        var navigated = page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/explore/policies", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Keyboard.PressAsync("Enter");
        await navigated;

        await AssertWellDevelopedDimension3FindingsAsync(session);
    }

    /// <summary>
    /// The page is the findings of MEX-2022, dimension 3, well developed: the same findings as the
    /// source data and the API list, each with its notes, and the API twin's link answering the same ones.
    /// </summary>
    async Task AssertWellDevelopedDimension3FindingsAsync(Session session)
    {
        var page = session.Page;
        var query = Links.QueryOf(page, page.Url);
        Assert.Equal("/explore/policies", new Uri(page.Url).AbsolutePath);
        Assert.Equal(("3", "well-developed"), (query["dimension"], query["assessment"]));

        var fromData = SourceData.FindingIds(PageTypes.Profile, 3, "well-developed");
        var api = await explorer.GetJsonAsync("/v1/policies" + new Uri(page.Url).Query);
        Assert.Equal(fromData, Ids(api));
        Assert.Equal(fromData.Length, api.GetProperty("total").GetInt32());
        Assert.Equal(7, fromData.Length); // the profile's section 3.1 lists seven findings
        Assert.Equal(fromData, await Links.FindingIdsAsync(page));

        // Each finding's notes are on the page.
        var text = Spaces(await page.Locator("main").InnerTextAsync());
        foreach (var note in api.GetProperty("items").EnumerateArray().SelectMany(p => p.GetProperty("footnotes").EnumerateArray()))
            Assert.Contains(Spaces(note.GetProperty("text").GetString()!), text, StringComparison.Ordinal);

        // The API twin: /v1/policies with the same filters, answering the same findings.
        var twin = (await Links.HrefsAsync(page, "main a")).FirstOrDefault(h =>
            Links.Goes(page, h, "/v1/policies", ("dimension", "3"), ("assessment", "well-developed")) && Links.QueryOf(page, h)["format"] is null);
        Assert.NotNull(twin);
        var twinAnswer = await explorer.GetJsonAsync(new Uri(new Uri(page.Url), twin).PathAndQuery);
        Assert.Equal(fromData, Ids(twinAnswer));
    }

    /// <summary>The href of the chart's bar (an SVG link) for one dimension and assessment.</summary>
    static async Task<string> BarLinkAsync(IPage page, int dimension, string assessment)
    {
        var bars = await Links.HrefsAsync(page, "svg a");
        return bars.FirstOrDefault(h => Links.Goes(page, h, "/explore/policies", ("dimension", dimension.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("assessment", assessment)))
            ?? throw new Xunit.Sdk.XunitException($"no bar links dimension {dimension}, {assessment}; the chart's links: {string.Join(", ", bars)}");
    }

    static async Task ClickAndWaitAsync(IPage page, ILocator link)
    {
        var before = page.Url;
        await link.ClickAsync();
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.NetworkIdle });
    }

    static async Task<(string Text, string Href)> FocusedAsync(IPage page)
    {
        var focused = await page.EvaluateAsync<string[]>(
            "() => { const e = document.activeElement; return [e?.textContent ?? '', e?.getAttribute('href') ?? e?.getAttribute('xlink:href') ?? '']; }");
        return (focused[0].Trim(), focused[1]);
    }

    static string[] Ids(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];

    static string Spaces(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}
