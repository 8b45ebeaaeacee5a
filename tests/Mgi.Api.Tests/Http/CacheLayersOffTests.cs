namespace Mgi.Api.Tests.Http;

/// <summary>
/// The layers below the response store (rendered responses, remembered counts and matches) only
/// save work: turned off (<c>Mgi:Cache</c>, as docs/benchmarks.md measures them), every answer is
/// the same, byte for byte, as the shared server's with all of them on.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class CacheLayersOffTests(ApiFactory on, CacheLayersOffTests.LayersOffServer off) : IClassFixture<CacheLayersOffTests.LayersOffServer>
{
    public sealed class LayersOffServer() : ApiFactory(new()
    {
        ["Mgi:Http:ResponseStoreMegabytes"] = "0",
        ["Mgi:Cache:RenderedResponses"] = "false",
        ["Mgi:Cache:CountEntries"] = "0",
        ["Mgi:Cache:MatchCharacters"] = "0",
    });

    // Every kind of page the layers serve: items (any case), filters, paging, q alone and with other
    // filters, facets, CSV, an unknown id; twice each, so that a second answer would come from a layer.
    public static TheoryData<string> Urls => new()
    {
        "/v1/policies/MEX-2022-4.2-04",
        "/v1/policies/mex-2022-4.2-04",
        "/v1/dimensions/3",
        "/v1/jurisdictions/MX-CHH",
        "/v1/instruments/does-not-exist",
        "/v1/policies?dimension=3&assessment=well-developed&pageSize=3&page=2",
        "/v1/policies?dimension=3&assessment=well-developed&pageSize=7&page=2",
        "/v1/policies?q=migration&pageSize=5&page=3",
        "/v1/policies?q=migration&dimension=1&facet=assessment,indicator",
        "/v1/sources?q=ley&pageSize=20",
        "/v1/footnotes?section=covid&facet=profile",
        "/v1/instruments?kind=law&facet=kind",
        "/v1/covid-responses?topic=vaccination",
        "/v1/jurisdictions/MEX/ratifications",
        "/v1/search?q=refugee&pageSize=4&facet=type",
        "/v1/policies?indicator=d4-remittances&format=csv",
    };

    // A problem's traceId is the request's own.
    static string WithoutTraceId(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[0-9a-f]+\"", "");

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Answers_are_the_same_with_the_layers_off(string url)
    {
        var client = off.CreateClient();
        using var expected = await on.CreateClient().GetAsync(url);
        foreach (var _ in new[] { 1, 2 })
        {
            using var actual = await client.GetAsync(url);
            Assert.Equal(expected.StatusCode, actual.StatusCode);
            Assert.Equal(expected.Headers.ETag, actual.Headers.ETag);
            Assert.Equal(WithoutTraceId(await expected.Content.ReadAsStringAsync()), WithoutTraceId(await actual.Content.ReadAsStringAsync()));
        }
    }
}
