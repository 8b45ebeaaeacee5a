using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>Every list as IAsyncEnumerable over all its pages, and as a CSV stream.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientPagingAndCsvTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Walking_every_page_yields_exactly_total_items_each_once_under_the_filters()
    {
        var client = new PoliciesClient(_http);
        var first = await client.ListPoliciesAsync(profile: "MEX-2022", assessment: Assessment.WellDeveloped, pageSize: 7);
        Assert.True(first.TotalPages > 2, "the walk should cross several pages");
        var all = new List<Policy>();
        await foreach (var policy in client.ListAllPoliciesAsync(profile: "MEX-2022", assessment: Assessment.WellDeveloped, pageSize: 7))
            all.Add(policy);
        Assert.Equal(first.Total, all.Count);
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
        Assert.All(all, p => Assert.Equal((Assessment.WellDeveloped, "MEX-2022"), (p.Assessment, p.ProfileId)));
        Assert.Equal(first.Items.Select(p => p.Id), all.Take(7).Select(p => p.Id));
    }

    [Fact]
    public async Task Every_list_walks_to_its_total_at_the_default_page_size()
    {
        Assert.Equal((await new SourcesClient(_http).ListSourcesAsync()).Total, await Count(new SourcesClient(_http).ListAllSourcesAsync()));
        Assert.Equal((await new FootnotesClient(_http).ListFootnotesAsync()).Total, await Count(new FootnotesClient(_http).ListAllFootnotesAsync()));
        Assert.Equal((await new SearchClient(_http).SearchAsync("migration")).Total, await Count(new SearchClient(_http).SearchAllAsync("migration")));
        Assert.Equal((await new JurisdictionsClient(_http).ListJurisdictionRatificationsAsync("MEX")).Total,
            await Count(new JurisdictionsClient(_http).ListAllJurisdictionRatificationsAsync("MEX", pageSize: 3)));
        Assert.Equal(0, await Count(new SearchClient(_http).SearchAllAsync("migration", type: SearchHitType.Source, dimension: 2)));
    }

    [Fact]
    public async Task Cancelling_a_walk_stops_it()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new SourcesClient(_http).ListAllSourcesAsync(pageSize: 5).WithCancellation(cancel.Token))
                if (++seen == 3) await cancel.CancelAsync();
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task A_list_as_csv_is_a_stream_of_every_matching_row_with_an_optional_hxl_row()
    {
        var client = new PoliciesClient(_http);
        var total = (await client.ListPoliciesAsync(profile: "MEX-2022", assessment: Assessment.FurtherDevelopment, pageSize: 1)).Total;
        await using (var csv = await client.ListPoliciesCsvAsync(profile: "MEX-2022", assessment: Assessment.FurtherDevelopment))
        {
            var rows = Analysts.CsvTests.Parse(await new StreamReader(csv).ReadToEndAsync());
            Assert.Equal(total, rows.Count);
            Assert.All(rows, r => Assert.Equal("further-development", r["assessment"]));
        }
        await using var tagged = await new JurisdictionsClient(_http).ListJurisdictionsCsvAsync(level: JurisdictionLevel.Subnational, hxl: true);
        var tags = Analysts.CsvTests.Parse(await new StreamReader(tagged).ReadToEndAsync());
        Assert.Equal("#loc+code", tags[0]["code"]);
        Assert.All(tags.Skip(1), r => Assert.Equal("subnational", r["level"]));
    }

    [Fact]
    public async Task A_refused_csv_request_throws_the_client_exception_with_the_service_s_detail()
    {
        var e = await Assert.ThrowsAsync<MgiApiException<ProblemDetails>>(() => new ProfilesClient(_http).ListProfilesCsvAsync(year: 1800));
        Assert.True(e.IsBadRequest);
        Assert.Equal(["year"], e.ParameterNames);
        Assert.Contains("year must be between 1900 and 2999", e.Message, StringComparison.Ordinal);
    }

    static async Task<int> Count<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items) count++;
        return count;
    }
}
