using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>Every list as one pageable (items across pages, or pages with their metadata), and as a CSV stream.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientPagingAndCsvTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Await_foreach_over_every_policy_through_one_pageable_returns_exactly_total_each_once()
    {
        var meta = await new MetaClient(_http).GetMetaAsync();
        var policies = new PoliciesClient(_http).ListPoliciesAsync(new ListPoliciesOptions { PageSize = 25 });
        var first = await policies.PageAsync();
        Assert.Equal(meta.Counts["policies"], first.Total);
        Assert.True(first.TotalPages > 2, "the walk should cross several pages");
        var all = new List<Policy>();
        await foreach (var policy in policies) all.Add(policy);
        Assert.Equal(first.Total, all.Count);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task Page_by_page_every_page_has_its_etag_data_set_version_links_total_and_facets()
    {
        var meta = await new MetaClient(_http).GetMetaAsync();
        var options = new ListPoliciesOptions { Profile = "MEX-2022", Assessment = Assessment.WellDeveloped, PageSize = 7, Facets = { PolicyFacet.Dimension } };
        var pages = new List<MgiPage<Policy>>();
        await foreach (var page in new PoliciesClient(_http).ListPoliciesAsync(options).AsPages()) pages.Add(page);
        Assert.True(pages.Count > 2, "the walk should cross several pages");
        Assert.Equal(pages[0].TotalPages, pages.Count);
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.PageNumber));
        Assert.Equal(pages[0].Total, pages.Sum(p => p.Items.Count));
        Assert.All(pages, page =>
        {
            Assert.StartsWith($"\"{meta.DatasetVersion}-", page.ETag!.Value.ToString(), StringComparison.Ordinal);
            Assert.Equal(meta.DatasetVersion, page.DatasetVersion);
            Assert.Equal(page.Total, page.Facets!["dimension"].Sum(v => v.Count));
            Assert.All(page.Items, p => Assert.Equal((Assessment.WellDeveloped, "MEX-2022"), (p.Assessment, p.ProfileId)));
            Assert.Contains("profile=MEX-2022", page.Links.First!.Query, StringComparison.Ordinal);
        });
        Assert.Null(pages[^1].ContinuationToken);
        // ETags differ page to page: each is its own representation.
        Assert.Equal(pages.Count, pages.Select(p => p.ETag).Distinct().Count());
    }

    [Fact]
    public async Task A_walk_goes_on_from_a_page_s_continuation_token_with_the_filters_it_was_asked_with()
    {
        var pageable = new PoliciesClient(_http).ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Dimension = 6, PageSize = 3 });
        var first = await pageable.PageAsync();
        var rest = new List<Policy>();
        await foreach (var page in pageable.AsPages(first.ContinuationToken)) rest.AddRange(page.Items);
        Assert.Equal(first.Total - first.Items.Count, rest.Count);
        Assert.All(rest, p => Assert.Equal(6, p.DimensionNumber));
        Assert.DoesNotContain(rest, p => first.Items.Any(f => f.Id == p.Id));
    }

    [Fact]
    public async Task A_conditional_first_page_whose_etag_is_current_comes_back_not_modified_with_no_items()
    {
        var client = new SourcesClient(_http);
        var first = await client.ListSourcesAsync(new ListSourcesOptions { PageSize = 5 }).PageAsync();
        var again = await client.ListSourcesAsync(new ListSourcesOptions { PageSize = 5, IfNoneMatch = first.ETag }).PageAsync();
        Assert.True(again.NotModified);
        Assert.Empty(again.Items);
        Assert.Equal(0, await client.ListSourcesAsync(new ListSourcesOptions { PageSize = 5, IfNoneMatch = first.ETag }).CountAsync());
        var changed = await client.ListSourcesAsync(new ListSourcesOptions { PageSize = 5, IfNoneMatch = new ETag("\"not-the-current-one\"") }).PageAsync();
        Assert.False(changed.NotModified);
        Assert.Equal(5, changed.Items.Count);
    }

    [Fact]
    public async Task Every_list_walks_to_its_total_at_the_default_page_size()
    {
        Assert.Equal((await new SourcesClient(_http).ListSourcesAsync().PageAsync()).Total, await new SourcesClient(_http).ListSourcesAsync().CountAsync());
        Assert.Equal((await new FootnotesClient(_http).ListFootnotesAsync().PageAsync()).Total, await new FootnotesClient(_http).ListFootnotesAsync().CountAsync());
        Assert.Equal((await new SearchClient(_http).SearchAsync("migration").PageAsync()).Total, await new SearchClient(_http).SearchAsync("migration").CountAsync());
        Assert.Equal((await new JurisdictionsClient(_http).ListJurisdictionRatificationsAsync("MEX").PageAsync()).Total,
            await new JurisdictionsClient(_http).ListJurisdictionRatificationsAsync("MEX", new ListJurisdictionRatificationsOptions { PageSize = 3 }).CountAsync());
        Assert.Equal(0, await new SearchClient(_http).SearchAsync("migration", new SearchOptions { Type = SearchHitType.Source, Dimension = 2 }).CountAsync());
    }

    [Fact]
    public async Task Cancelling_a_walk_stops_it()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new SourcesClient(_http).ListSourcesAsync(new ListSourcesOptions { PageSize = 5 }).WithCancellation(cancel.Token))
                if (++seen == 3) await cancel.CancelAsync();
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task A_list_as_csv_is_a_stream_of_every_matching_row_with_an_optional_hxl_row()
    {
        var client = new PoliciesClient(_http);
        var options = new ListPoliciesOptions { Profile = "MEX-2022", Assessment = Assessment.FurtherDevelopment };
        var total = (await client.ListPoliciesAsync(options).PageAsync(pageSize: 1)).Total;
        await using (var csv = await client.ListPoliciesCsvAsync(options))
        {
            var rows = Analysts.CsvTests.Parse(await new StreamReader(csv).ReadToEndAsync());
            Assert.Equal(total, rows.Count);
            Assert.All(rows, r => Assert.Equal("further-development", r["assessment"]));
        }
        await using var tagged = await new JurisdictionsClient(_http).ListJurisdictionsCsvAsync(new ListJurisdictionsOptions { Level = JurisdictionLevel.Subnational }, hxl: true);
        var tags = Analysts.CsvTests.Parse(await new StreamReader(tagged).ReadToEndAsync());
        Assert.Equal("#loc+code", tags[0]["code"]);
        Assert.All(tags.Skip(1), r => Assert.Equal("subnational", r["level"]));
    }

    [Fact]
    public async Task A_refused_csv_request_throws_the_client_exception_with_the_service_s_detail()
    {
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new ProfilesClient(_http).ListProfilesCsvAsync(new ListProfilesOptions { Year = 1800 }));
        Assert.True(e.IsBadRequest);
        Assert.Equal(["year"], e.ParameterNames);
        Assert.Contains("year must be between 1900 and 2999", e.Message, StringComparison.Ordinal);
    }
}
