using System.Net;

namespace Mgi.Api.Tests.Explorer;

/// <summary>
/// The walk of issue 22: from / in a browser to the explorer, to Mexico 2022, to dimension 3's
/// well-developed bar, to its findings, each with its notes, and the link to the same query in the API.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class KeyWalkTests(ApiFactory api)
{
    readonly HttpClient _browser = api.Browser();
    readonly HttpClient _client = api.CreateClient();

    /// <summary>The paragraphs the source document prints under section 3.1 (notes, <sup>…, aside).</summary>
    static int ParagraphsOfSection31()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SeedProfile);
        var start = Array.FindIndex(lines, l => l.StartsWith("## 3.1.", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith('#'));
        return lines[(start + 1)..end].Count(l => l.Trim().Length > 0 && !l.StartsWith("<sup>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task From_slash_to_the_well_developed_findings_of_dimension_3_with_their_notes_and_the_API_twin()
    {
        var root = await _browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/explore", root.Headers.Location?.OriginalString);

        var home = await _browser.Page("/explore");
        var toProfile = home.All("a").First(a => a.GetAttribute("href") == "/explore/profiles/MEX-2022");
        Assert.Contains("Mexico", toProfile.Text(), StringComparison.Ordinal);

        var profile = await _browser.Page(toProfile.GetAttribute("href")!);
        var bar = profile.One("svg a[data-dimension='3'][data-assessment='well-developed']");
        var findings = await _browser.Page(bar.GetAttribute("href")!);
        Assert.Equal("/explore/policies?profile=MEX-2022&dimension=3&assessment=well-developed", bar.GetAttribute("href"));

        var articles = findings.All("article.item");
        Assert.Equal(ParagraphsOfSection31(), articles.Count);
        Assert.Equal(7, articles.Count);
        Assert.Equal(articles.Count, int.Parse(bar.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));

        var twin = findings.One("a[data-api-twin]").GetAttribute("href")!;
        Assert.Equal("/v1/policies?profile=MEX-2022&dimension=3&assessment=well-developed", twin);
        var answer = await _client.Json(twin);
        var items = answer.Items();
        Assert.Equal(items.Select(i => i.Str("id")), articles.Select(a => a.Id));
        foreach (var item in items)
        {
            var article = articles.Single(a => a.Id == item.Str("id"));
            Assert.Equal(item.Str("text").Squeezed(), article.QuerySelector("[data-verbatim]")!.Text().Replace("Verbatim from the profile: ", "", StringComparison.Ordinal));
            var notes = article.QuerySelectorAll(".notes li").ToList();
            var expected = item.GetProperty("footnotes").EnumerateArray().ToList();
            Assert.Equal(expected.Count, notes.Count);
            foreach (var (note, li) in expected.Zip(notes))
            {
                Assert.Equal(note.GetProperty("number").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), li.GetAttribute("value"));
                Assert.Contains(note.Str("text").Squeezed(), li.Text(), StringComparison.Ordinal);
            }
        }
        // Some of the seven have notes (34 to 37 in the source): the walk shows them, not only empty lists.
        Assert.Contains(findings.All(".notes li"), li => li.GetAttribute("value") == "34");
    }
}
