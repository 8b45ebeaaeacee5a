using System.Globalization;

namespace Mgi.Api.Tests.Explorer;

/// <summary>Every number a page shows equals the API's for the same query: the pages read the API's own lists and counts.</summary>
[Collection(SharedServer.Name)]
public sealed class NumbersTests(ApiFactory api)
{
    readonly HttpClient _browser = api.Browser();
    readonly HttpClient _client = api.CreateClient();

    static int Int(string? value) => int.Parse(value!, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("MEX-2022")]
    [InlineData("MX-CHH-2020")]
    public async Task The_chart_and_its_table_give_the_summarys_numbers(string id)
    {
        var summary = await _client.Json($"/v1/profiles/{id}/summary");
        var page = await _browser.Page($"/explore/profiles/{id}");
        var dimensions = summary.GetProperty("dimensions").EnumerateArray().ToList();
        if (summary.Str("dataStatus") != "complete")
        {
            Assert.Empty(page.All("svg a[data-dimension]")); // a referenced profile has no chart of zeros
            return;
        }
        Assert.Equal(12, page.All("svg a[data-dimension]").Count);
        foreach (var d in dimensions)
        {
            var n = d.GetProperty("number").GetInt32();
            foreach (var (assessment, field) in new[] { ("well-developed", "wellDeveloped"), ("further-development", "furtherDevelopment") })
            {
                var expected = d.GetProperty(field).GetInt32();
                var bar = page.One($"svg a[data-dimension='{n}'][data-assessment='{assessment}']");
                Assert.Equal(expected, Int(bar.GetAttribute("data-count")));
                Assert.StartsWith($"{expected} ", bar.Text(), StringComparison.Ordinal); // the bar's own label
                Assert.Equal(expected, Int(page.One($"tr[data-dimension='{n}'] td[data-assessment='{assessment}']").Text()));
                // and the bar leads to exactly that many findings
                Assert.Equal(expected, (await _client.Json($"/v1/policies?profile={id}&dimension={n}&assessment={assessment}&pageSize=1")).GetProperty("total").GetInt32());
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("profile=MEX-2022&dimension=3&assessment=well-developed")]
    [InlineData("dimension=4")]
    [InlineData("instrument=mex-migration-law")]
    [InlineData("q=health&profile=MEX-2022")]
    [InlineData("assessment=further-development&page=1&pageSize=5")]
    [InlineData("jurisdiction=MEX&page=2")]
    public async Task The_findings_page_shows_the_APIs_total_items_and_facets(string query)
    {
        var page = await _browser.Page("/explore/policies" + (query.Length > 0 ? "?" + query : ""));
        var twin = page.One("a[data-api-twin]").GetAttribute("href")!;
        Assert.Equal("/v1/policies" + (query.Length > 0 ? "?" + query : ""), twin);
        var answer = await _client.Json(twin + (query.Length > 0 ? "&" : "?") + "facet=jurisdiction,profile,dimension,assessment,indicator,instrument");
        Assert.Contains($"{answer.GetProperty("total").GetInt32()} finding", page.One(".results-count").Text(), StringComparison.Ordinal);
        Assert.Equal(answer.Items().Select(i => i.Str("id")), page.All("article.item").Select(a => a.Id));
        Assert.Equal(answer.Facets().Where(f => f.Value.Count > 0).ToDictionary(), page.Facets()); // a facet without values shows nothing
        // The answer of the twin as it is linked (no facet) has the same items.
        Assert.Equal(answer.Items().Select(i => i.Str("id")), (await _client.Json(twin)).Items().Select(i => i.Str("id")));
    }

    [Fact]
    public async Task A_facet_value_links_to_a_page_of_exactly_its_count()
    {
        var page = await _browser.Page("/explore/policies?profile=MEX-2022");
        foreach (var link in page.All("a[data-facet='dimension'], a[data-facet='assessment']"))
        {
            var target = await _browser.Page(link.GetAttribute("href")!);
            Assert.Contains($"{link.GetAttribute("data-count")} finding", target.One(".results-count").Text(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/explore/instruments", "/v1/instruments", "jurisdiction,profile,kind", "tr th[scope=row] a")]
    [InlineData("/explore/instruments?kind=law", "/v1/instruments?kind=law", "jurisdiction,profile,kind", "tr th[scope=row] a")]
    [InlineData("/explore/covid-responses", "/v1/covid-responses", "jurisdiction,profile,topic", "article.item")]
    public async Task The_other_lists_show_the_APIs_items_and_facets(string pageUrl, string twin, string facets, string itemSelector)
    {
        var page = await _browser.Page(pageUrl);
        Assert.Equal(twin, page.One("a[data-api-twin]").GetAttribute("href"));
        var answer = await _client.Json(twin + (twin.Contains('?') ? "&" : "?") + "facet=" + facets);
        Assert.Equal(answer.Items().Count, page.All(itemSelector).Count);
        Assert.Equal(answer.Facets().Where(f => f.Value.Count > 0).ToDictionary(), page.Facets());
    }

    [Fact]
    public async Task Search_with_no_query_at_all_is_its_form_and_every_navigation_link_answers()
    {
        // The site's "Search" link carries no q (which /v1/search requires): the page is the form.
        var form = await _browser.Page("/explore/search");
        Assert.Equal("q", form.One("main form[role=search] input[type=search]").GetAttribute("name"));
        Assert.Empty(form.All("ol.hits"));
        foreach (var href in form.All("nav.site-nav a").Select(a => a.GetAttribute("href")!))
            await _browser.Page(href);
    }

    [Fact]
    public async Task Search_shows_the_APIs_hits_highlighted_and_its_facets()
    {
        var page = await _browser.Page("/explore/search?q=migrant%20workers");
        var answer = await _client.Json("/v1/search?q=migrant%20workers&facet=type,dimension,profile");
        var hits = page.All("ol.hits > li");
        Assert.Equal(answer.Items().Count, hits.Count);
        Assert.Equal(answer.Items().Select(i => i.Str("title")), hits.Select(h => h.QuerySelector("h3")!.Text()));
        // The API's snippet HTML as it is (both read by the same parser, which writes entities its own way).
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        Assert.Equal(answer.Items().Select(i => parser.ParseDocument($"<p>{i.Str("snippetHtml")}</p>").QuerySelector("p")!.InnerHtml),
            hits.Select(h => h.QuerySelector(".snippet")!.InnerHtml));
        Assert.NotEmpty(page.All(".snippet mark"));
        Assert.Equal(answer.Facets().Where(f => f.Value.Count > 0).ToDictionary(), page.Facets());
        Assert.Contains(answer.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture), page.One(".results-count").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instrument_page_lists_the_findings_that_name_it()
    {
        var page = await _browser.Page("/explore/instruments/mex-migration-law");
        var naming = await _client.Json("/v1/policies?instrument=mex-migration-law&pageSize=500");
        var instrument = await _client.Json("/v1/instruments/mex-migration-law");
        Assert.Equal(naming.Items().Select(i => i.Str("id")), page.All("article.item").Select(a => a.Id));
        Assert.Equal(instrument.GetProperty("policyIds").EnumerateArray().Select(p => p.GetString()), page.All("article.item").Select(a => a.Id));
        Assert.Equal(instrument.Str("name"), page.One("h1").Text());
    }

    [Fact]
    public async Task An_instrument_page_shows_its_counterparties_events_and_the_covid_answers_that_name_it()
    {
        var law = await _client.Json("/v1/instruments/mex-migration-law");
        var page = await _browser.Page("/explore/instruments/mex-migration-law");
        var events = page.All("#events + ul li");
        var e = law.GetProperty("events").EnumerateArray().Single();
        Assert.Single(events);
        Assert.Contains(e.Str("date"), events[0].Text(), StringComparison.Ordinal);
        Assert.Contains(e.Str("what"), events[0].Text(), StringComparison.Ordinal);
        // The note that states it is a link to its line on the profile's page.
        var note = events[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/explore/profiles/MEX-2022#{e.Str("statedIn")}", note);
        Assert.Single((await _browser.Page("/explore/profiles/MEX-2022")).All($"li[id='{e.Str("statedIn")}']"));

        var canada = await _browser.Page("/explore/instruments/mex-canada-labour-mobility-agreement");
        Assert.Contains("Canada (CAN)", canada.One("main").Text(), StringComparison.Ordinal);

        var plan = await _client.Json("/v1/instruments/mex-covid-migrant-response-plan");
        var planPage = await _browser.Page("/explore/instruments/mex-covid-migrant-response-plan");
        Assert.Equal(plan.GetProperty("covidResponseIds").EnumerateArray().Select(i => $"/explore/covid-responses#{i.GetString()}"),
            planPage.All("#covid + ul a").Select(a => a.GetAttribute("href")));
        Assert.Empty(planPage.All("article.item")); // no finding names it
    }

    [Fact]
    public async Task A_covid_answer_links_the_instruments_it_names()
    {
        var answer = await _client.Json("/v1/covid-responses/MEX-2022-covid-02");
        var page = await _browser.Page("/explore/covid-responses?profile=MEX-2022");
        Assert.Equal(answer.GetProperty("instrumentIds").EnumerateArray().Select(i => $"/explore/instruments/{i.GetString()}"),
            page.All("article[id='MEX-2022-covid-02'] a[href^='/explore/instruments/']").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.All("article[id='MEX-2022-covid-01'] a[href^='/explore/instruments/']"));
    }

    [Fact]
    public async Task A_finding_page_gives_the_records_text_verbatim_and_marks_its_title_as_ours()
    {
        var finding = await _client.Json("/v1/policies/MEX-2022-3.1-02");
        var page = await _browser.Page("/explore/policies/MEX-2022-3.1-02");
        Assert.Equal("Verbatim from the profile: " + finding.Str("text").Squeezed(), page.One("[data-verbatim]").Text());
        Assert.Contains(finding.Str("title"), page.One("h1").Text(), StringComparison.Ordinal);
        Assert.Contains("Curatorial title", page.One("h1 .tag-ours").Text(), StringComparison.Ordinal);
        Assert.Equal("/v1/policies/MEX-2022-3.1-02", page.One("a[data-api-twin]").GetAttribute("href"));
        // The text is in the source document, word for word.
        Assert.Contains(finding.Str("text")[..120], File.ReadAllText(RepositoryPaths.SeedProfile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_COVID_answers_are_verbatim()
    {
        var answer = await _client.Json("/v1/covid-responses?profile=MEX-2022");
        var page = await _browser.Page("/explore/covid-responses?profile=MEX-2022");
        foreach (var item in answer.Items())
            Assert.Equal(item.Str("text").Squeezed(), page.One($"article[id='{item.Str("id")}'] [data-verbatim]").Text());
    }

    [Fact]
    public async Task The_overview_counts_the_findings_as_the_API_does()
    {
        var page = await _browser.Page("/explore");
        var answer = await _client.Json("/v1/policies?facet=dimension&pageSize=1");
        foreach (var value in answer.GetProperty("facets").GetProperty("dimension").EnumerateArray())
        {
            var card = page.All(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == $"/explore/policies?dimension={value.Str("value")}");
            Assert.Equal(value.GetProperty("count").GetInt32(), Int(card.QuerySelector("strong")!.Text()));
        }
        var meta = await _client.Json("/v1/meta");
        Assert.Contains(meta.Str("datasetVersion"), page.Html, StringComparison.Ordinal);
    }
}
