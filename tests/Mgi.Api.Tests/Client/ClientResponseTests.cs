using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>Response metadata, conditional requests and errors, as a caller of the client sees them.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientResponseTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_call_with_its_response_reads_the_etag_data_set_version_and_paging_links()
    {
        var meta = await new MetaClient(_http).GetMetaAsync();
        var response = await new PoliciesClient(_http).ListPoliciesWithResponseAsync(profile: "MEX-2022", pageSize: 10, page: 2);
        Assert.Equal(200, response.StatusCode);
        Assert.False(response.NotModified);
        Assert.Equal(2, response.Value!.Page);
        Assert.Equal(meta.DatasetVersion, response.DatasetVersion);
        Assert.StartsWith($"\"{meta.DatasetVersion}-", response.ETag, StringComparison.Ordinal);
        Assert.Contains("page=3", response.Links.Next!.Query, StringComparison.Ordinal);
        Assert.Contains("page=1", response.Links.Previous!.Query, StringComparison.Ordinal);
        Assert.Contains("profile=MEX-2022", response.Links.Last!.Query, StringComparison.Ordinal);
        Assert.Equal(response.ETag, response.Headers["etag"].Single());
    }

    [Fact]
    public async Task A_conditional_request_for_an_unchanged_resource_answers_not_modified_without_throwing()
    {
        var client = new JurisdictionsClient(_http);
        var first = await client.GetJurisdictionWithResponseAsync("MEX");
        Assert.Equal("MEX", first.Value!.Code);
        Assert.Null(first.Links.Next);
        var again = await client.GetJurisdictionWithResponseAsync("MEX", ifNoneMatch: first.ETag);
        Assert.True(again.NotModified);
        Assert.Equal(304, again.StatusCode);
        Assert.Null(again.Value);
        Assert.Equal(first.ETag, again.ETag);
        // Another ETag is not the current one: the full answer comes back.
        var changed = await client.GetJurisdictionWithResponseAsync("MEX", ifNoneMatch: "\"not-the-current-one\"");
        Assert.False(changed.NotModified);
        Assert.Equal("MEX", changed.Value!.Code);
    }

    [Fact]
    public async Task A_404_message_carries_the_service_s_title_and_detail()
    {
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new JurisdictionsClient(_http).GetJurisdictionAsync("ZZZ"));
        Assert.Equal(404, e.StatusCode);
        Assert.True(e.IsNotFound);
        Assert.Equal("Not Found", e.Problem!.Title);
        Assert.Contains("No jurisdiction has the code 'ZZZ'.", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not Found: ", e.Message, StringComparison.Ordinal);
        Assert.Equal(["code"], e.ParameterNames);
        // Header names in any case.
        Assert.Equal("application/problem+json", e.Headers["CONTENT-TYPE"].Single().Split(';')[0]);
    }

    [Fact]
    public async Task A_400_names_the_parameter_in_its_properties_and_its_message()
    {
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new FootnotesClient(_http).ListFootnotesAsync(pageSize: 501));
        Assert.Equal(400, e.StatusCode);
        Assert.True(e.IsBadRequest);
        Assert.Equal(["pageSize"], e.ParameterNames);
        Assert.Contains("between 1 and 500", e.Problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("pageSize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_code_that_matches_nothing_is_a_400_naming_it_and_the_closest()
    {
        var e = await Assert.ThrowsAnyAsync<MgiApiException>(() => new ProfilesClient(_http).ListProfilesAsync(jurisdiction: "MXE"));
        Assert.Equal(400, e.StatusCode);
        Assert.Equal(["jurisdiction"], e.ParameterNames);
        Assert.Equal("No jurisdiction has the code 'MXE'. Did you mean MEX?", e.Problem!.Detail);
    }
}
