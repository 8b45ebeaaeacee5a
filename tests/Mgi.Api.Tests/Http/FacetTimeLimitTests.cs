using System.Net;
using System.Text.Json;
using Mgi.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Http;

/// <summary>
/// Each facet counts under its own time limit (Mgi:Http:FacetTimeLimitMilliseconds): one that runs
/// out is left out of facets and named in facetsTimedOut, and the page and the other facets are
/// still answered, as Datasette's facet_time_limit_ms. Such an answer is kept by no cache.
/// </summary>
public sealed class FacetTimeLimitTests : IClassFixture<FacetTimeLimitTests.NoFacetTimeServer>, IClassFixture<ApiFactory>
{
    /// <summary>A server whose facets have no time at all; its pages keep the usual limit.</summary>
    public sealed class NoFacetTimeServer() : ApiFactory(new() { ["Mgi:Http:FacetTimeLimitMilliseconds"] = "0" });

    readonly HttpClient _noTime;
    readonly HttpClient _usual;
    readonly Database _noTimeDatabase;

    public FacetTimeLimitTests(NoFacetTimeServer noTime, ApiFactory usual)
    {
        _noTime = noTime.CreateClient();
        _usual = usual.CreateClient();
        _noTimeDatabase = noTime.Services.GetRequiredService<Database>();
    }

    // Some 100,000 rows of a recursive CTE: far past SQLite's first check of the time limit.
    const string Slow = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT CAST(count(*) AS TEXT) FROM n";

    [Fact]
    public void A_facets_statements_run_under_the_facet_limit_and_the_loan_then_has_its_own_again()
    {
        using var db = _noTimeDatabase.Open();
        Assert.Null(db.WithinFacetTimeLimit(() => db.Keys(Slow)));
        Assert.Equal(["100000"], db.Keys(Slow)); // the page's limit (2 s) is back for what follows
    }

    [Fact]
    public void Past_the_query_time_limit_a_statement_is_still_interrupted()
    {
        using var server = new LimitTests.NoTimeServer();
        _ = server.CreateClient();
        using var db = server.Services.GetRequiredService<Database>().Open();
        var e = Assert.Throws<SqliteException>(() => db.Keys(Slow));
        Assert.Equal(9, e.SqliteErrorCode); // SQLITE_INTERRUPT, which QueryTimeLimitHandler answers with a 503
    }

    // SQLite checks a statement's limit every 1,000 steps, which counting findings through the link
    // tables (indicators, instruments) reaches; the text index checks from the first match it collects.
    [Theory]
    [InlineData("/v1/policies?facet=dimension,assessment,indicator,instrument&pageSize=5", "indicator")]
    [InlineData("/v1/search?q=migration&facet=type,dimension,profile&pageSize=5", "type")]
    public async Task A_facet_out_of_time_is_named_and_the_page_and_other_facets_are_answered(string url, string heavy)
    {
        using var response = await _noTime.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var timedOut = page.GetProperty("facetsTimedOut").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(heavy, timedOut);

        // The page itself is the usual one; each facet that finished counts as usual; none is lost.
        var usual = await _usual.Json(url);
        Assert.Equal(usual.GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
        Assert.Equal(usual.GetProperty("items").GetRawText(), page.GetProperty("items").GetRawText());
        var asked = url.Split("facet=")[1].Split('&')[0].Split(',');
        var answered = page.GetProperty("facets").EnumerateObject().ToList();
        Assert.Equal(asked.Order(), answered.Select(f => f.Name).Concat(timedOut).Order());
        foreach (var facet in answered)
            Assert.Equal(usual.GetProperty("facets").GetProperty(facet.Name).GetRawText(), facet.Value.GetRawText());
    }

    [Fact]
    public async Task An_answer_with_a_facet_left_out_is_kept_by_no_cache_and_has_no_validator()
    {
        const string url = "/v1/policies?facet=indicator&pageSize=1";
        for (var i = 0; i < 2; i++) // the second is not a replay of the first (the response store keeps none)
        {
            using var response = await _noTime.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.NoStore);
            Assert.Null(response.Headers.ETag);
            Assert.Contains("\"facetsTimedOut\":[\"indicator\"]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Facets_that_finish_say_none_timed_out_and_without_facet_there_is_nothing_to_say()
    {
        var faceted = await _usual.Json("/v1/policies?facet=dimension,indicator&pageSize=1");
        Assert.Equal(0, faceted.GetProperty("facetsTimedOut").GetArrayLength());
        var plain = await _usual.Json("/v1/policies?pageSize=1");
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("facetsTimedOut").ValueKind);
    }

    [Fact]
    public async Task The_explorer_says_which_counts_were_not_made_in_time_and_still_shows_the_findings()
    {
        using var response = await _noTime.GetAsync("/explore/policies?dimension=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not counted in time: ", html, StringComparison.Ordinal);
        var usual = await _usual.GetStringAsync("/explore/policies?dimension=3");
        // The same findings are listed: every finding link of the usual page is on this one.
        foreach (var link in System.Text.RegularExpressions.Regex.Matches(usual, "href=\"/explore/policies/[^\"]+\"").Select(m => m.Value))
            Assert.Contains(link, html, StringComparison.Ordinal);
    }
}
