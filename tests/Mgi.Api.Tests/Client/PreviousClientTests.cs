using Previous = Mgi.Client.Previous;

namespace Mgi.Api.Tests.Client;

/// <summary>
/// The N-1 client (tests/compat/Mgi.Client.Previous: NSwag's client of the last shipped contract,
/// client-sdk/shipped/openapi.json) against the current service: every operation it knows still
/// answers what that contract promised, read strictly (required fields present, vocabularies' values
/// among those it knows). A change of the service that breaks a deployed client fails here.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class PreviousClientTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task The_previous_client_reads_every_list_of_the_current_service()
    {
        var policies = await new Previous.PoliciesClient(_http).ListPoliciesAsync(profile: "MEX-2022", dimension: 6, assessment: Previous.Assessment.FurtherDevelopment, facet: "indicator", pageSize: 500);
        Assert.Contains(policies.Items, p => p.Id == "MEX-2022-6.2-01");
        Assert.NotEmpty(policies.Facets!["indicator"]);
        Assert.Equal(8, (await new Previous.JurisdictionsClient(_http).ListJurisdictionsAsync(level: Previous.JurisdictionLevel.Subnational, parent: "MEX")).Total);
        Assert.NotEmpty((await new Previous.JurisdictionsClient(_http).ListJurisdictionRatificationsAsync("MEX")).Items);
        Assert.NotEmpty((await new Previous.ProfilesClient(_http).ListProfilesAsync(dataStatus: Previous.DataStatus.Referenced)).Items);
        Assert.Equal(6, (await new Previous.DimensionsClient(_http).ListDimensionsAsync()).Total);
        Assert.NotEmpty((await new Previous.IndicatorsClient(_http).ListIndicatorsAsync(dimension: 4)).Items);
        Assert.NotEmpty((await new Previous.ConventionsClient(_http).ListConventionsAsync()).Items);
        Assert.NotEmpty((await new Previous.CovidResponsesClient(_http).ListCovidResponsesAsync(profile: "MEX-2022", pageSize: 500)).Items);
        Assert.NotEmpty((await new Previous.SourcesClient(_http).ListSourcesAsync(profile: "MEX-2022", pageSize: 500)).Items);
        Assert.NotEmpty((await new Previous.FootnotesClient(_http).ListFootnotesAsync(section: Previous.FootnoteSection.Covid, pageSize: 500)).Items);
        Assert.NotEmpty((await new Previous.InstrumentsClient(_http).ListInstrumentsAsync(profile: "MEX-2022", pageSize: 500)).Items);
        Assert.NotEmpty((await new Previous.SearchClient(_http).SearchAsync("migration", type: Previous.SearchHitType.Policy, pageSize: 500)).Items);
    }

    [Fact]
    public async Task The_previous_client_reads_every_single_resource_of_the_current_service()
    {
        Assert.Equal("MEX", (await new Previous.JurisdictionsClient(_http).GetJurisdictionAsync("MEX")).Code);
        Assert.Equal("MEX-2022", (await new Previous.ProfilesClient(_http).GetProfileAsync("MEX-2022")).Id);
        Assert.Equal(6, (await new Previous.ProfilesClient(_http).GetProfileSummaryAsync("MEX-2022")).Dimensions.Count);
        Assert.Equal("partnerships", (await new Previous.DimensionsClient(_http).GetDimensionAsync(3)).Code);
        Assert.Equal(1, (await new Previous.IndicatorsClient(_http).GetIndicatorAsync("d1-conventions")).DimensionNumber);
        Assert.Equal(1975, (await new Previous.ConventionsClient(_http).GetConventionAsync("ilo-c143")).AdoptedYear);
        Assert.Equal(Previous.Assessment.WellDeveloped, (await new Previous.PoliciesClient(_http).GetPolicyAsync("MEX-2022-1.2-01")).Assessment);
        Assert.Equal("border-closure", (await new Previous.CovidResponsesClient(_http).GetCovidResponseAsync("MEX-2022-covid-01")).Topic);
        Assert.Equal(Previous.InstrumentKind.Law, (await new Previous.InstrumentsClient(_http).GetInstrumentAsync("mex-migration-law")).Kind);
        var meta = await new Previous.MetaClient(_http).GetMetaAsync();
        Assert.Equal(meta.DatasetVersion, (await new Previous.MetaClient(_http).GetIndexAsync()).DatasetVersion);
        Assert.NotNull(await new Previous.MetaClient(_http).GetCatalogAsync());
        using var sqlite = await new Previous.DownloadsClient(_http).DownloadSqliteAsync();
        Assert.Equal(200, sqlite.StatusCode);
        using var package = await new Previous.DownloadsClient(_http).DownloadDataPackageAsync();
        Assert.Equal(200, package.StatusCode);
    }

    [Fact]
    public async Task The_previous_client_still_gets_the_problem_it_was_promised_for_a_missing_id()
    {
        var e = await Assert.ThrowsAsync<Previous.PreviousApiException<Previous.ProblemDetails>>(() => new Previous.PoliciesClient(_http).GetPolicyAsync("nope"));
        Assert.Equal(404, e.StatusCode);
        Assert.Equal("No policy has the id 'nope'.", e.Result.Detail);
    }
}

/// <summary>
/// The requests the last shipped contract allows, sent as it documents them: every query and path
/// parameter of every operation at its example, and every value of every vocabulary a parameter
/// takes. The breaking-change check in .ci/run (openapi-diff) compares paths and bodies, not
/// parameters; a parameter removed, renamed, made required or narrowed fails here.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class ShippedContractRequestTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Every_parameter_and_vocabulary_value_the_shipped_contract_documents_is_still_accepted()
    {
        using var shipped = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "client-sdk", "shipped", "openapi.json")));
        var schemas = shipped.RootElement.GetProperty("components").GetProperty("schemas");
        var refused = new List<string>();
        var sent = 0;
        foreach (var path in shipped.RootElement.GetProperty("paths").EnumerateObject())
        {
            var get = path.Value.GetProperty("get");
            var parameters = get.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            // hxl is CSV-only: with format json the service refuses it, as documented.
            var query = parameters.Where(p => p.GetProperty("in").GetString() == "query" && p.GetProperty("name").GetString() != "hxl").ToList();
            var route = path.Name;
            foreach (var p in parameters.Where(p => p.GetProperty("in").GetString() == "path"))
                route = route.Replace("{" + p.GetProperty("name").GetString() + "}", Uri.EscapeDataString(Example(p)), StringComparison.Ordinal);
            var requests = new List<string> { route + "?" + string.Join("&", query.Select(p => $"{p.GetProperty("name").GetString()}={Uri.EscapeDataString(Example(p))}")) };
            // Every value of every vocabulary parameter, alone (with the required ones).
            foreach (var p in query.Where(p => p.GetProperty("schema").TryGetProperty("$ref", out _)))
            {
                var values = schemas.GetProperty(p.GetProperty("schema").GetProperty("$ref").GetString()!.Split('/')[^1]).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!);
                var required = query.Where(r => r.TryGetProperty("required", out var q) && q.GetBoolean()).Select(r => $"{r.GetProperty("name").GetString()}={Uri.EscapeDataString(Example(r))}");
                requests.AddRange(values.Select(v => route + "?" + string.Join("&", required.Append($"{p.GetProperty("name").GetString()}={v}"))));
            }
            foreach (var request in requests)
            {
                sent++;
                using var response = await _http.GetAsync(request.TrimEnd('?'));
                if (!response.IsSuccessStatusCode) refused.Add($"{request}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.True(sent > 40, $"only {sent} requests");
        Assert.Empty(refused);
    }

    static string Example(System.Text.Json.JsonElement parameter) => parameter.GetProperty("example") switch
    {
        { ValueKind: System.Text.Json.JsonValueKind.String } s => s.GetString()!,
        var other => other.GetRawText(),
    };
}
