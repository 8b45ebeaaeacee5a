using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>
/// Vocabularies are extensible: a value the service adds after this client was built (a new
/// instrument kind, a new data status) is read, kept and sent back unchanged, never an exception.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class ClientVocabularyTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    /// <summary>Answers from the real service, with one vocabulary value changed to one no client knows; keeps every URL asked for.</summary>
    sealed class NewerService(HttpClient real, string field, string value) : HttpMessageHandler
    {
        public List<Uri> Asked { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked.Add(request.RequestUri!);
            // The real answer, as if the query had no filter on the new value (the real service does not know it either).
            var path = request.RequestUri!.AbsolutePath;
            var json = JsonNode.Parse(await real.GetStringAsync(path, cancellationToken))!;
            foreach (var record in json["items"]?.AsArray() ?? [json])
                record![field] = value;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json") };
            response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"newer\"");
            return response;
        }
    }

    [Fact]
    public async Task An_instrument_kind_no_client_knows_is_read_exposed_and_sent_back_as_a_filter_unchanged()
    {
        var newer = new NewerService(_http, "kind", "treaty");
        var client = new InstrumentsClient(new HttpClient(newer) { BaseAddress = new Uri("http://newer.example/") });

        var page = await client.ListInstrumentsAsync(new ListInstrumentsOptions { Profile = "MEX-2022" }).PageAsync();
        Assert.NotEmpty(page.Items);
        var kind = page.Items[0].Kind;
        Assert.Equal("treaty", kind.ToString());
        Assert.False(kind.IsKnown);
        Assert.Equal(new InstrumentKind("treaty"), kind);
        Assert.Equal("TREATY", kind);   // by wire value, ignoring case, from any string
        Assert.DoesNotContain(kind, InstrumentKind.KnownValues);
        Assert.True(InstrumentKind.Law.IsKnown);

        await client.ListInstrumentsAsync(new ListInstrumentsOptions { Kind = kind }).PageAsync();
        Assert.Equal("?kind=treaty", newer.Asked[^1].Query);
        // Written back as it came.
        Assert.Contains("\"kind\":\"treaty\"", JsonSerializer.Serialize(page.Items[0]), StringComparison.Ordinal);

        // A single resource (NSwag's own method) reads it the same way.
        Assert.Equal("treaty", (await client.GetInstrumentAsync("mex-migration-law")).Kind.ToString());
    }

    [Fact]
    public async Task A_data_status_no_client_knows_is_read_from_a_profile_and_compared_by_its_wire_value()
    {
        var client = new ProfilesClient(new HttpClient(new NewerService(_http, "dataStatus", "withdrawn")) { BaseAddress = new Uri("http://newer.example/") });
        var profile = await client.GetProfileAsync("MEX-2022");
        Assert.Equal(new DataStatus("withdrawn"), profile.DataStatus);
        Assert.NotEqual(DataStatus.Complete, profile.DataStatus);
        Assert.Equal("withdrawn", $"{profile.DataStatus}");
    }

    [Fact]
    public async Task A_value_the_service_does_not_know_reaches_it_unchanged_and_is_refused_naming_the_filter()
    {
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new InstrumentsClient(_http).ListInstrumentsAsync(new ListInstrumentsOptions { Kind = "treaty" }).PageAsync());
        Assert.Equal(["kind"], e.ParameterNames);
        Assert.StartsWith("kind must be one of: constitution, law,", e.Problem!.Detail, StringComparison.Ordinal);
    }
}
