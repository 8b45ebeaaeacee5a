using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Policies.List;

namespace Mgi.Api.Tests.Routes;

[Collection(SharedServer.Name)]
public sealed class PagingTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();
    const string Footnotes = ListFootnotesRequest.Route;

    [Fact]
    public async Task The_link_header_of_a_middle_page_names_first_prev_next_and_last_and_keeps_the_filters()
    {
        using var response = await _client.GetAsync($"{Footnotes}?profile=MEX-2022&pageSize=20&page=2");
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        // 70 notes at 20 a page: 4 pages.
        Assert.Contains("/v1/footnotes?profile=MEX-2022&page=1&pageSize=20>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("/v1/footnotes?profile=MEX-2022&page=1&pageSize=20>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("/v1/footnotes?profile=MEX-2022&page=3&pageSize=20>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("/v1/footnotes?profile=MEX-2022&page=4&pageSize=20>; rel=\"last\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_page_holds_the_remainder_and_has_no_next_link()
    {
        using var response = await _client.GetAsync($"{Footnotes}?pageSize=20&page=4");
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(10, page.Items().Count);
        Assert.Equal(70, page.GetProperty("total").GetInt32());
        Assert.Equal(4, page.GetProperty("totalPages").GetInt32());
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.DoesNotContain("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_size_of_500_is_the_largest_accepted()
    {
        var page = await _client.Json($"{Footnotes}?pageSize=500");
        Assert.Equal(500, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(70, page.Items().Count);
    }

    [Theory]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=2&page=3", "page")]
    public async Task A_bad_page_or_page_size_is_a_400_naming_it(string query, string parameter)
    {
        var problem = await _client.Problem($"{Footnotes}?{query}", 400);
        Assert.Equal([parameter], problem.ErrorNames());
    }

    [Fact]
    public async Task A_page_past_the_last_is_a_400_naming_page()
    {
        var problem = await _client.Problem($"{Footnotes}?pageSize=50&page=3", 400);
        Assert.Equal(["page"], problem.ErrorNames());
        Assert.Contains("last page (2)", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_matching_nothing_answers_an_empty_first_page()
    {
        var page = await _client.Json($"{ListPoliciesRequest.Route}?jurisdiction=MX-CHH");
        Assert.Empty(page.Items());
        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(0, page.GetProperty("totalPages").GetInt32());
        await _client.Problem($"{ListPoliciesRequest.Route}?jurisdiction=MX-CHH&page=2", 400);
    }
}
