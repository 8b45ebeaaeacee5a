using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mgi.Api.Tests.Contract;

/// <summary>
/// Swagger UI as an analyst uses it: read from the configuration it is served with
/// (/swagger/index.js), which is what the page hands to swagger-ui.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class SwaggerUiTests(ApiFactory api)
{
    [GeneratedRegex(@"var configObject = (.+);\r?$", RegexOptions.Multiline)]
    private static partial Regex ConfigObject();

    async Task<JsonObject> ServedConfiguration()
    {
        var script = await api.CreateClient().GetStringAsync("/swagger/index.js");
        var match = ConfigObject().Match(script);
        Assert.True(match.Success, "no configObject in /swagger/index.js");
        return JsonNode.Parse(match.Groups[1].Value)!.AsObject();
    }

    [Fact]
    public async Task Swagger_ui_links_to_operations_filters_them_and_has_try_it_out_on()
    {
        var config = await ServedConfiguration();
        Assert.True((bool)config["deepLinking"]!); // #/Policies/ListPolicies in the address bar, shareable
        Assert.Equal(JsonValueKind.String, config["filter"]!.GetValueKind()); // the filter box (by tag), empty at first
        Assert.True((bool)config["tryItOutEnabled"]!);
        Assert.Equal(["get", "head"], config["supportedSubmitMethods"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public async Task Swagger_ui_shows_request_durations_and_the_ranges_and_patterns_of_parameters()
    {
        var config = await ServedConfiguration();
        Assert.True((bool)config["displayRequestDuration"]!);
        // showCommonExtensions: minimum, maximum, pattern, minLength and maxLength beside each parameter.
        Assert.True((bool)config["showCommonExtensions"]!);
        Assert.Equal("/openapi/v1.json", (string)config["urls"]![0]!["url"]!);
    }
}
