using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>Response metadata, conditional requests and errors, as a caller of the client sees them.</summary>
[Collection(SharedServer.Name)]
public sealed class ClientResponseTests(ApiFactory api)
{
    readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_call_with_its_response_reads_the_etag_data_set_version_and_request_id()
    {
        var meta = await new MetaClient(_http).GetMetaAsync();
        var response = await new PoliciesClient(_http).GetPolicyWithResponseAsync("MEX-2022-1.2-01");
        Assert.Equal(200, response.StatusCode);
        Assert.False(response.NotModified);
        Assert.Equal("MEX-2022-1.2-01", response.Value!.Id);
        Assert.Equal(meta.DatasetVersion, response.DatasetVersion);
        Assert.StartsWith($"\"{meta.DatasetVersion}-", response.ETag.ToString(), StringComparison.Ordinal);
        Assert.Equal(response.ETag!.Value.ToString(), response.Headers["etag"].Single());
        Assert.False(string.IsNullOrEmpty(response.RequestId));
    }

    [Fact]
    public async Task A_conditional_request_for_an_unchanged_resource_answers_not_modified_without_throwing()
    {
        var client = new JurisdictionsClient(_http);
        var first = await client.GetJurisdictionWithResponseAsync("MEX");
        Assert.Equal("MEX", first.Value!.Code);
        var again = await client.GetJurisdictionWithResponseAsync("MEX", ifNoneMatch: first.ETag);
        Assert.True(again.NotModified);
        Assert.Equal(304, again.StatusCode);
        Assert.Null(again.Value);
        Assert.Equal(first.ETag, again.ETag);
        // Another ETag is not the current one: the full answer comes back.
        var changed = await client.GetJurisdictionWithResponseAsync("MEX", ifNoneMatch: new ETag("\"not-the-current-one\""));
        Assert.False(changed.NotModified);
        Assert.Equal("MEX", changed.Value!.Code);
    }

    [Fact]
    public async Task A_404_is_the_one_documented_exception_with_its_problem_body_status_request_id_and_readable_text()
    {
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new JurisdictionsClient(_http).GetJurisdictionAsync("ZZZ"));
        Assert.Equal(typeof(MgiApiException), e.GetType());
        Assert.Equal(404, e.StatusCode);
        Assert.True(e.IsNotFound);
        Assert.Equal(("Not Found", 404), (e.Problem!.Title, e.Problem.Status));
        Assert.Equal("No jurisdiction has the code 'ZZZ'.", e.Problem.Detail);
        Assert.Equal("Not Found: No jurisdiction has the code 'ZZZ'. (HTTP 404; parameters: code)", e.Message);
        Assert.Equal(["code"], e.ParameterNames);
        // The raw body is the problem document the service sent (it was empty before: NSwag kept no text).
        Assert.Contains("\"detail\":\"No jurisdiction has the code 'ZZZ'.\"", e.Response, StringComparison.Ordinal);
        Assert.Equal(e.Headers["X-Request-Id"].Single(), e.RequestId);
        Assert.Equal(e.Problem.TraceId, e.RequestId);
        Assert.Null(e.RetryAfter);
        // Header names in any case.
        Assert.Equal("application/problem+json", e.Headers["CONTENT-TYPE"].Single().Split(';')[0]);
        var text = e.ToString();
        Assert.StartsWith("Mgi.Client.MgiApiException: Not Found: No jurisdiction has the code 'ZZZ'.", text, StringComparison.Ordinal);
        Assert.Contains($"Request id: {e.RequestId}", text, StringComparison.Ordinal);
        Assert.Contains("Parameter code: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_names_the_parameter_in_its_problem_its_message_and_its_text()
    {
        var e = await Assert.ThrowsAsync<MgiApiException>(async () =>
        {
            await foreach (var _ in new FootnotesClient(_http).ListFootnotesAsync(new ListFootnotesOptions { PageSize = 501 })) { }
        });
        Assert.Equal(400, e.StatusCode);
        Assert.True(e.IsBadRequest);
        Assert.Equal(["pageSize"], e.ParameterNames);
        Assert.Equal("pageSize", e.Problem!.Errors!.Single().Name);
        Assert.Contains("between 1 and 500", e.Problem.Errors!.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("between 1 and 500", e.Problem.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("(HTTP 400; parameters: pageSize)", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"pageSize\"", e.Response, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(e.RequestId));
        Assert.Contains("Parameter pageSize: ", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_code_that_matches_nothing_is_a_400_naming_it_and_the_closest()
    {
        var e = await Assert.ThrowsAsync<MgiApiException>(() => new ProfilesClient(_http).ListProfilesAsync(new ListProfilesOptions { Jurisdiction = "MXE" }).PageAsync());
        Assert.Equal(400, e.StatusCode);
        Assert.Equal(["jurisdiction"], e.ParameterNames);
        Assert.Equal("No jurisdiction has the code 'MXE'. Did you mean MEX?", e.Problem!.Detail);
    }
}
