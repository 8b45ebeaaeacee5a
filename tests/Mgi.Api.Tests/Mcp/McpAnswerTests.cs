using System.Text.Json.Nodes;

namespace Mgi.Api.Tests.Mcp;

/// <summary>
/// Each tool answers what the HTTP API answers for the same question: the same records (the finding's
/// text byte for byte), counts and order, each with the URL of the same record in the API, and the
/// citation and licence of its profile.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class McpAnswerTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Search_answers_the_hits_of_v1_search_each_cited()
    {
        await using var client = await McpConnection.Connect(api);
        foreach (var (arguments, query) in new[]
        {
            ("""{"q":"remittances"}""", "q=remittances"),
            ("""{"q":"migr","page":2}""", "q=migr&page=2"),
            ("""{"q":"health","type":"policy","dimension":2,"jurisdiction":"mex"}""", "q=health&type=policy&dimension=2&jurisdiction=MEX"),
        })
        {
            var result = await client.Structured("search", arguments);
            var expected = await _http.Api($"/v1/search?{query}&pageSize=10");
            Assert.Equal(expected["total"]!.GetValue<int>(), result["total"]!.GetValue<int>());
            Assert.Equal(expected["totalPages"]!.GetValue<int>(), result["totalPages"]!.GetValue<int>());
            var hits = result["hits"]!.AsArray();
            Assert.NotEmpty(hits);
            Assert.Equal(expected["items"]!.AsArray().Count, hits.Count);
            foreach (var (hit, item) in hits.Zip(expected["items"]!.AsArray()))
            {
                Assert.True(JsonNode.DeepEquals(item, hit!["hit"]), $"{arguments}: {hit!["hit"]} is not {item}");
                Assert.Equal(item!["id"]!.GetValue<string>(), hit["id"]!.GetValue<string>());
                await AssertCited(hit, item["profileId"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Remittances_are_found_and_the_first_hit_fetched_verbatim_with_its_notes_citation_and_licence()
    {
        await using var client = await McpConnection.Connect(api);
        var search = await client.Call("search", """{"q":"remittances"}""");
        var first = JsonNode.Parse(search.StructuredContent!.Value.GetRawText())!["hits"]![0]!;
        Assert.Contains(first["id"]!.GetValue<string>(), search.Text());

        var result = await client.Call("get_finding", $$"""{"id":"{{first["id"]}}"}""");
        var finding = JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!;
        var served = await _http.Api($"/v1/policies/{first["id"]}");
        // The finding's text byte for byte as the API serves it, and verbatim in the source document.
        var text = finding["finding"]!["text"]!.GetValue<string>();
        Assert.Equal(served["text"]!.GetValue<string>(), text);
        Assert.Contains("remittances", text, StringComparison.Ordinal);
        Assert.Contains(text, Normalized(File.ReadAllText(RepositoryPaths.SeedProfile)), StringComparison.Ordinal);
        // The short text form quotes it, with the citation and the licence.
        Assert.Contains($"\"{text}\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("International Organization for Migration (IOM), 2023. Migration Governance Indicators Profile 2022 – Mexico. IOM, Geneva.", result.Text(), StringComparison.Ordinal);
        Assert.Contains("CC BY-NC-ND 3.0 IGO", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_finding_answers_every_finding_as_v1_policies_id_does_with_its_instruments()
    {
        await using var client = await McpConnection.Connect(api);
        var all = await _http.Api("/v1/policies?pageSize=500");
        Assert.True(all["total"]!.GetValue<int>() > 50);
        foreach (var item in all["items"]!.AsArray())
        {
            var id = item!["id"]!.GetValue<string>();
            var record = await client.Structured("get_finding", $$"""{"id":"{{id}}"}""");
            Assert.True(JsonNode.DeepEquals(await _http.Api($"/v1/policies/{Uri.EscapeDataString(id)}"), record["finding"]), id);
            Assert.Equal(id, record["id"]!.GetValue<string>());
            await AssertCited(record, item["profileId"]!.GetValue<string>());
            var dimension = await _http.Api($"/v1/dimensions/{item["dimensionNumber"]}");
            Assert.Equal(dimension["name"]!.GetValue<string>(), record["dimensionName"]!.GetValue<string>());
            Assert.Equal(item["instrumentIds"]!.AsArray().Select(n => n!.GetValue<string>()), record["instruments"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            foreach (var instrument in record["instruments"]!.AsArray())
                Assert.Equal((await _http.Api(Local(instrument!["url"]!)))["name"]!.GetValue<string>(), instrument["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_id_in_any_case_finds_its_finding_as_the_item_route_does()
    {
        await using var client = await McpConnection.Connect(api);
        var record = await client.Structured("get_finding", """{"id":"mex-2022-6.2-02"}""");
        Assert.Equal("MEX-2022-6.2-02", record["finding"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_findings_answers_the_page_and_facets_of_v1_policies()
    {
        await using var client = await McpConnection.Connect(api);
        foreach (var (arguments, query) in new[]
        {
            ("""{"profile":"MEX-2022","dimension":3,"assessment":"well-developed","facet":"indicator"}""", "profile=MEX-2022&dimension=3&assessment=well-developed&facet=indicator"),
            ("""{"q":"migra","facet":"dimension,assessment","page":2}""", "q=migra&facet=dimension,assessment&page=2"),
            ("""{"instrument":"mex-migration-law"}""", "instrument=mex-migration-law"),
        })
        {
            var result = await client.Structured("list_findings", arguments);
            var expected = await _http.Api($"/v1/policies?{query}&pageSize=10");
            foreach (var name in new[] { "total", "totalPages", "page", "pageSize" })
                Assert.Equal(expected[name]!.GetValue<int>(), result[name]!.GetValue<int>());
            Assert.True(JsonNode.DeepEquals(expected["facets"], result["facets"]), arguments);
            var findings = result["findings"]!.AsArray();
            Assert.NotEmpty(findings);
            Assert.Equal(expected["items"]!.AsArray().Count, findings.Count);
            foreach (var (record, item) in findings.Zip(expected["items"]!.AsArray()))
            {
                Assert.True(JsonNode.DeepEquals(item, record!["finding"]), arguments);
                await AssertCited(record, item!["profileId"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Profile_summary_answers_v1_profiles_id_summary()
    {
        await using var client = await McpConnection.Connect(api);
        foreach (var id in new[] { "MEX-2022", "MX-CHH-2020" })
        {
            var record = await client.Structured("profile_summary", $$"""{"id":"{{id}}"}""");
            Assert.True(JsonNode.DeepEquals(await _http.Api($"/v1/profiles/{id}/summary"), record["summary"]), id);
            Assert.Equal((await _http.Api($"/v1/profiles/{id}"))["title"]!.GetValue<string>(), record["title"]!.GetValue<string>());
            await AssertCited(record, id);
        }
    }

    [Fact]
    public async Task Get_instrument_answers_v1_instruments_id_and_the_findings_naming_it()
    {
        await using var client = await McpConnection.Connect(api);
        var record = await client.Structured("get_instrument", """{"id":"mex-migration-law"}""");
        var expected = await _http.Api("/v1/instruments/mex-migration-law");
        Assert.True(JsonNode.DeepEquals(expected, record["instrument"]));
        var findings = record["findings"]!.AsArray();
        Assert.Equal(expected["policyIds"]!.AsArray().Select(n => n!.GetValue<string>()), findings.Select(f => f!["id"]!.GetValue<string>()));
        Assert.True(findings.Count > 1);
        foreach (var finding in findings)
            Assert.True(JsonNode.DeepEquals(await _http.Api($"/v1/policies/{finding!["id"]}"), finding["finding"]));
        await AssertCited(record, "MEX-2022");
    }

    [Theory]
    [InlineData("MEX")]
    [InlineData("mx-chh")]
    public async Task List_ratifications_answers_v1_jurisdictions_code_ratifications(string jurisdiction)
    {
        await using var client = await McpConnection.Connect(api);
        var result = await client.Structured("list_ratifications", $$"""{"jurisdiction":"{{jurisdiction}}"}""");
        var expected = await _http.Api($"/v1/jurisdictions/{jurisdiction}/ratifications?pageSize=500");
        Assert.Equal(expected["total"]!.GetValue<int>(), result["total"]!.GetValue<int>());
        var ratifications = result["ratifications"]!.AsArray();
        Assert.NotEmpty(ratifications);
        foreach (var (record, item) in ratifications.Zip(expected["items"]!.AsArray()))
        {
            Assert.True(JsonNode.DeepEquals(item, record!["ratification"]));
            Assert.Equal(item!["conventionCode"]!.GetValue<string>(), record["id"]!.GetValue<string>());
            Assert.Equal(item["conventionCode"]!.GetValue<string>(), (await _http.Api(Local(record["conventionUrl"]!)))["code"]!.GetValue<string>());
            await AssertCited(record, item["profileId"]!.GetValue<string>());
        }
    }

    /// <summary>The record's URL answers it (or, for a key source or note, lists it), and it carries its profile's citation and licence.</summary>
    async Task AssertCited(JsonNode record, string profileId)
    {
        var profile = await _http.Api($"/v1/profiles/{profileId}");
        Assert.Equal(profile["citation"]?.GetValue<string>(), record["citation"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(profile["license"], record["license"]), $"{record["license"]} is not {profile["license"]}");
        var url = record["url"]!.GetValue<string>();
        Assert.StartsWith(_http.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/v1/", url, StringComparison.Ordinal);
        var answered = await _http.Api(Local(record["url"]!));
        var id = record["id"]!.GetValue<string>();
        Assert.Contains($"\"{id}\"", answered.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    static string Local(JsonNode url) => new Uri(url.GetValue<string>()).PathAndQuery;

    /// <summary>The source's text with its note markers and emphasis removed, as the findings are written.</summary>
    static string Normalized(string source) => System.Text.RegularExpressions.Regex.Replace(source, @"<sup>\d+</sup>|\*", "");
}
