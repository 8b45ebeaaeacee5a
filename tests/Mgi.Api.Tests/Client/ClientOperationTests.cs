using Mgi.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Client;

/// <summary>Every operation through the generated client, against the in-process server.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientOperationTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task Jurisdictions_and_their_ratifications()
    {
        var client = new JurisdictionsClient(_http);
        var states = await client.ListJurisdictionsAsync(level: Level.Subnational, parent: "MEX");
        Assert.Equal(8, states.Total);
        Assert.Contains(states.Items, j => j.Code == "MX-MIC" && j.Name == "Michoacán");
        var mexico = await client.GetJurisdictionAsync("MEX");
        Assert.Equal(484, mexico.M49);
        Assert.Null(mexico.ParentCode);
        var ratifications = await client.ListJurisdictionRatificationsAsync("MX-OAX");
        Assert.Equal(1999, ratifications.Items.Single(r => r.ConventionCode == "icrmw-1990").Year);
        Assert.Null(ratifications.Items.Single(r => r.ConventionCode == "ilo-c143").Year);
    }

    [Fact]
    public async Task Profiles()
    {
        var client = new ProfilesClient(_http);
        var referenced = await client.ListProfilesAsync(dataStatus: DataStatus.Referenced, year: 2021);
        Assert.Equal(["MX-GUA-2021", "MX-TAM-2021"], referenced.Items.Select(p => p.Id));
        var mexico = await client.GetProfileAsync("MEX-2022");
        Assert.Equal("978-92-9268-498-3", mexico.Isbn);
        Assert.Equal("CC BY-NC-ND 3.0 IGO", mexico.License!.Code);
        Assert.Null(mexico.SourceUrl);
    }

    [Fact]
    public async Task Dimensions_indicators_and_conventions()
    {
        var dimensions = await new DimensionsClient(_http).ListDimensionsAsync();
        Assert.Equal(6, dimensions.Total);
        Assert.Equal("partnerships", (await new DimensionsClient(_http).GetDimensionAsync(3)).Code);
        var indicators = await new IndicatorsClient(_http).ListIndicatorsAsync(dimension: 4);
        Assert.Equal("Migrant remittances", indicators.Items[^1].Name);
        Assert.Equal(1, (await new IndicatorsClient(_http).GetIndicatorAsync("d1-conventions")).DimensionNumber);
        var conventions = await new ConventionsClient(_http).ListConventionsAsync(pageSize: 2, page: 3);
        Assert.Equal(["crc-1989", "icrmw-1990"], conventions.Items.Select(c => c.Code));
        Assert.Equal(1975, (await new ConventionsClient(_http).GetConventionAsync("ilo-c143")).AdoptedYear);
    }

    [Fact]
    public async Task Policies_with_filters_and_paging()
    {
        var client = new PoliciesClient(_http);
        var page = await client.ListPoliciesAsync(profile: "MEX-2022", dimension: 6, assessment: Assessment.FurtherDevelopment, pageSize: 2, page: 2);
        Assert.Equal(4, page.Total);
        Assert.Equal(2, page.TotalPages);
        Assert.Equal(["MEX-2022-6.2-03", "MEX-2022-6.2-04"], page.Items.Select(p => p.Id));
        var health = await client.GetPolicyAsync("MEX-2022-1.2-01");
        Assert.Contains("mex-migration-law", health.InstrumentIds);
        Assert.Equal(13, health.Footnotes.Single().Number);
        var searched = await client.ListPoliciesAsync(q: "Michoacán", indicator: null);
        Assert.Equal("MEX-2022-3.1-03", searched.Items.Single().Id);
    }

    [Fact]
    public async Task Covid_responses_sources_and_footnotes()
    {
        var covid = new CovidResponsesClient(_http);
        var vaccination = await covid.ListCovidResponsesAsync(topic: "vaccination");
        Assert.Equal([4, 5], vaccination.Items.Single().Footnotes.Select(f => f.Number));
        Assert.Equal("border-closure", (await covid.GetCovidResponseAsync("MEX-2022-covid-01")).Topic);
        var sources = await new SourcesClient(_http).ListSourcesAsync(profile: "MEX-2022", q: "Plan Nacional de Desarrollo");
        Assert.Equal("2019c", sources.Items.Single().YearKey);
        var notes = await new FootnotesClient(_http).ListFootnotesAsync(section: Section.Covid, pageSize: 500);
        Assert.Equal(10, notes.Total);
    }

    [Fact]
    public async Task A_404_surfaces_as_the_typed_exception_with_its_problem_details()
    {
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new PoliciesClient(_http).GetPolicyAsync("MEX-2022-9.9-99"));
        Assert.Equal(404, e.StatusCode);
        Assert.Equal("Not Found", e.Problem!.Title);
        Assert.Equal(["id"], e.ParameterNames);
    }

    [Fact]
    public async Task A_400_surfaces_as_the_typed_exception_naming_the_parameter()
    {
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new FootnotesClient(_http).ListFootnotesAsync(pageSize: 501));
        Assert.Equal(400, e.StatusCode);
        Assert.Equal(["pageSize"], e.ParameterNames);
        Assert.Contains("between 1 and 500", e.Problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_di_registration_resolves_every_client_against_one_base_address()
    {
        var services = new ServiceCollection();
        services.AddMgiClient(new Uri("http://localhost"), b => b.ConfigurePrimaryHttpMessageHandler(() => api.Server.CreateHandler()));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(65, (await provider.GetRequiredService<ISourcesClient>().ListSourcesAsync()).Total);
        Assert.Equal("MEX", (await provider.GetRequiredService<IJurisdictionsClient>().GetJurisdictionAsync("mex")).Code);
        Assert.NotNull(provider.GetRequiredService<IFootnotesClient>());
    }
}
