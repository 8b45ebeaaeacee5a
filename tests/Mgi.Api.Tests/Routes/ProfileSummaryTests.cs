namespace Mgi.Api.Tests.Routes;

/// <summary>/v1/profiles/{id}/summary: every number equals the total of the list it summarizes.</summary>
[Collection(SharedServer.Name)]
public sealed class ProfileSummaryTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<int> Total(string url) => (await _client.Json(url + (url.Contains('?') ? "&" : "?") + "pageSize=1")).GetProperty("total").GetInt32();

    [Theory]
    [InlineData("MEX-2022")]
    [InlineData("mx-chh-2020")]
    public async Task The_summary_equals_the_counts_of_the_lists(string id)
    {
        var s = await _client.Json($"/v1/profiles/{id}/summary");
        var profile = s.Str("profileId");
        Assert.Equal(id, profile, StringComparer.OrdinalIgnoreCase);
        var dimensions = s.GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], dimensions.Select(d => d.GetProperty("number").GetInt32()));
        foreach (var d in dimensions)
        {
            var n = d.GetProperty("number").GetInt32();
            Assert.Equal(await Total($"/v1/policies?profile={profile}&dimension={n}&assessment=well-developed"), d.GetProperty("wellDeveloped").GetInt32());
            Assert.Equal(await Total($"/v1/policies?profile={profile}&dimension={n}&assessment=further-development"), d.GetProperty("furtherDevelopment").GetInt32());
        }
        Assert.Equal(await Total($"/v1/covid-responses?profile={profile}"), s.GetProperty("covidResponses").GetInt32());
        Assert.Equal(await Total($"/v1/footnotes?profile={profile}"), s.GetProperty("footnotes").GetInt32());
        Assert.Equal(await Total($"/v1/sources?profile={profile}"), s.GetProperty("sources").GetInt32());
        Assert.Equal(await Total($"/v1/instruments?profile={profile}"), s.GetProperty("instruments").GetInt32());
        var ratifications = (await _client.Json($"/v1/jurisdictions/{(await _client.Json($"/v1/profiles/{profile}")).Str("jurisdictionCode")}/ratifications?pageSize=500"))
            .Items().Where(r => r.Str("profileId") == profile).ToList();
        Assert.Equal(ratifications.Count(r => r.GetProperty("ratified").GetBoolean()), s.GetProperty("conventionsRatified").GetInt32());
        Assert.Equal(ratifications.Count(r => !r.GetProperty("ratified").GetBoolean()), s.GetProperty("conventionsNotRatified").GetInt32());
    }

    [Fact]
    public async Task Mexico_at_a_glance_has_the_profiles_numbers()
    {
        var s = await _client.Json("/v1/profiles/MEX-2022/summary");
        Assert.Equal("complete", s.Str("dataStatus"));
        var first = s.GetProperty("dimensions")[0];
        Assert.Equal(12, first.GetProperty("wellDeveloped").GetInt32()); // section 1.2 has 12 paragraphs
        Assert.Equal(3, first.GetProperty("furtherDevelopment").GetInt32()); // section 1.3 has 3
        Assert.Equal(68, s.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("wellDeveloped").GetInt32() + d.GetProperty("furtherDevelopment").GetInt32()));
        Assert.Equal(7, s.GetProperty("covidResponses").GetInt32());
        Assert.Equal(65, s.GetProperty("sources").GetInt32());
        Assert.Equal(54, s.GetProperty("instruments").GetInt32()); // 41 before curation pass II (issue 24)
    }

    [Fact]
    public async Task A_referenced_profile_counts_nothing()
    {
        var s = await _client.Json("/v1/profiles/MX-OAX-2020/summary");
        Assert.Equal("referenced", s.Str("dataStatus"));
        Assert.All(s.GetProperty("dimensions").EnumerateArray(), d => Assert.Equal(0, d.GetProperty("wellDeveloped").GetInt32() + d.GetProperty("furtherDevelopment").GetInt32()));
        Assert.Equal(0, s.GetProperty("footnotes").GetInt32());
    }
}
