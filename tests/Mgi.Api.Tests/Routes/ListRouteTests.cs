using Mgi.Api.Features.Conventions.List;
using Mgi.Api.Features.CovidResponses.List;
using Mgi.Api.Features.Dimensions.List;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Indicators.List;
using Mgi.Api.Features.Jurisdictions.List;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Profiles.List;
using Mgi.Api.Features.Sources.List;

namespace Mgi.Api.Tests.Routes;

[Collection(SharedServer.Name)]
public sealed class ListRouteTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> Lists => new()
    {
        ListJurisdictionsRequest.Route,
        "/v1/jurisdictions/MEX/ratifications",
        ListProfilesRequest.Route,
        ListDimensionsRequest.Route,
        ListIndicatorsRequest.Route,
        ListConventionsRequest.Route,
        ListPoliciesRequest.Route,
        ListCovidResponsesRequest.Route,
        ListSourcesRequest.Route,
        ListFootnotesRequest.Route,
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_answers_the_paging_envelope_with_a_link_header(string route)
    {
        using var response = await _client.GetAsync(route);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
        var total = page.GetProperty("total").GetInt32();
        Assert.True(total > 0, $"{route} is empty");
        Assert.Equal((total + 49) / 50, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(Math.Min(total, 50), page.Items().Count);
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"last\"", link, StringComparison.Ordinal);
    }

    // Lists and item routes write the items rendered once at start-up: each route must find the
    // same item by its key and write it whole, byte for byte, for every item.
    [Theory]
    [InlineData(ListPoliciesRequest.Route, "id")]
    [InlineData(ListJurisdictionsRequest.Route, "code")]
    [InlineData(ListProfilesRequest.Route, "id")]
    [InlineData(ListIndicatorsRequest.Route, "code")]
    [InlineData(ListCovidResponsesRequest.Route, "id")]
    [InlineData(ListConventionsRequest.Route, "code")]
    [InlineData(ListDimensionsRequest.Route, "number")]
    public async Task Every_list_item_is_byte_for_byte_its_item_route(string route, string key)
    {
        var page = JsonDocument.Parse(await _client.GetStringAsync($"{route}?pageSize=500")).RootElement;
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var value = item.GetProperty(key);
            var one = await _client.GetStringAsync($"{route}/{Uri.EscapeDataString(value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!)}");
            Assert.Equal(one, item.GetRawText());
        }
    }

    // Rendered with the API's own JSON options: camelCase names, and text as UTF-8 rather than
    // \u escapes (the default encoder would write "Michoac\u00E1n").
    [Theory]
    [InlineData("/v1/jurisdictions?level=subnational&pageSize=500")]
    [InlineData("/v1/jurisdictions/MX-MIC")]
    public async Task Rendered_items_are_written_with_the_api_json_options(string url)
    {
        var body = await _client.GetStringAsync(url);
        Assert.Contains("\"name\":\"Michoacán\"", body, StringComparison.Ordinal);
        Assert.Contains("\"parentCode\":\"MEX\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_rejects_an_unknown_query_parameter_by_name(string route)
    {
        var problem = await _client.Problem($"{route}?colour=blue", 400);
        Assert.Equal(["colour"], problem.ErrorNames());
        Assert.Contains("colour", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_pages_in_a_stable_order_that_covers_every_item_once(string route)
    {
        var all = await _client.Json($"{route}?pageSize=500");
        var ids = all.Items().Select(Key).ToList();
        var paged = new List<string>();
        for (var page = 1; page <= all.GetProperty("total").GetInt32(); page++)
            paged.AddRange((await _client.Json($"{route}?pageSize=1&page={page}")).Items().Select(Key));
        Assert.Equal(ids, paged);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    static string Key(JsonElement item) =>
        item.TryGetProperty("id", out var id) ? id.GetString()!
        : item.TryGetProperty("conventionCode", out var c) ? c.GetString() + "/" + item.Str("profileId")
        : item.TryGetProperty("code", out var code) ? code.GetString()!
        : item.GetProperty("number").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
