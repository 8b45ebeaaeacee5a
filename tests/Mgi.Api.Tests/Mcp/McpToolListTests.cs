using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Mgi.Api.Contract;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Search.List;
using ModelContextProtocol.Protocol;

namespace Mgi.Api.Tests.Mcp;

/// <summary>What an MCP client sees when it connects: the six read-only tools, their input schemas made from the HTTP API's parameter rules, their output schemas.</summary>
[Collection(SharedServer.Name)]
public sealed class McpToolListTests(ApiFactory api)
{
    [Fact]
    public async Task The_server_lists_the_six_read_only_tools_each_with_an_output_schema()
    {
        await using var client = await McpConnection.Connect(api);
        var tools = (await client.ListToolsAsync()).Select(t => t.ProtocolTool).ToList();
        Assert.Equal(["get_finding", "get_instrument", "list_findings", "list_ratifications", "profile_summary", "search"], tools.Select(t => t.Name).Order());
        foreach (var tool in tools)
        {
            Assert.True(tool.Annotations?.ReadOnlyHint, tool.Name);
            Assert.False(tool.Annotations?.DestructiveHint ?? false, tool.Name);
            Assert.NotNull(tool.OutputSchema);
            Assert.Equal("object", tool.OutputSchema!.Value.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
        }
        Assert.Equal("mgi-open-data", client.ServerInfo?.Name);
    }

    [Fact]
    public async Task The_descriptions_say_what_the_data_is_and_that_text_is_quoted_verbatim_with_its_citation()
    {
        await using var client = await McpConnection.Connect(api);
        var tools = (await client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool.Description!);
        foreach (var name in new[] { "search", "get_finding", "list_findings" })
        {
            Assert.Contains("Migration Governance Indicators (MGI)", tools[name]);
            // The profile's own headings, quoted.
            Assert.Contains("\"Examples of well-developed areas\"", tools[name]);
            Assert.Contains("\"Areas with potential for further development\"", tools[name]);
            Assert.Contains("verbatim", tools[name]);
            Assert.Contains("citation", tools[name]);
        }
        Assert.Contains("verbatim", client.ServerInstructions);
    }

    [Fact]
    public async Task Search_arguments_carry_the_bounds_and_vocabularies_of_v1_search()
    {
        await using var client = await McpConnection.Connect(api);
        var schema = await InputSchema(client, "search");
        Assert.Equal(["q"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        AssertArgumentsFollow<SearchRequest>(schema, ["q", "type", "jurisdiction", "profile", "dimension", "page"]);
        // Facts the rules say, as an integrator reads them.
        Assert.Equal(1, schema["properties"]!["dimension"]!["minimum"]!.GetValue<int>());
        Assert.Equal(6, schema["properties"]!["dimension"]!["maximum"]!.GetValue<int>());
        Assert.Contains("policy", schema["properties"]!["type"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()));
    }

    [Fact]
    public async Task List_findings_arguments_are_the_filters_of_v1_policies_with_the_same_rules()
    {
        await using var client = await McpConnection.Connect(api);
        var schema = await InputSchema(client, "list_findings");
        AssertArgumentsFollow<ListPoliciesRequest>(schema, ["jurisdiction", "profile", "dimension", "assessment", "indicator", "instrument", "q", "facet", "page"]);
        Assert.Equal(["well-developed", "further-development", null], schema["properties"]!["assessment"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()));
        Assert.Null(schema["required"]);
    }

    [Theory]
    [InlineData("get_finding", "id")]
    [InlineData("get_instrument", "id")]
    [InlineData("profile_summary", "id")]
    [InlineData("list_ratifications", "jurisdiction")]
    public async Task An_item_tool_takes_one_required_argument(string tool, string argument)
    {
        await using var client = await McpConnection.Connect(api);
        var schema = await InputSchema(client, tool);
        Assert.Equal([argument], schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal([argument], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("string", schema["properties"]![argument]!["type"]!.GetValue<string>());
    }

    static async Task<JsonObject> InputSchema(ModelContextProtocol.Client.McpClient client, string tool) =>
        JsonNode.Parse((await client.ListToolsAsync()).Single(t => t.Name == tool).ProtocolTool.InputSchema.GetRawText())!.AsObject();

    /// <summary>Each argument is the request property of that name, with its annotations as schema keywords.</summary>
    static void AssertArgumentsFollow<TRequest>(JsonObject schema, string[] names)
    {
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(names, properties.Select(p => p.Key));
        foreach (var name in names)
        {
            var argument = properties[name]!.AsObject();
            var property = typeof(TRequest).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
            Assert.False(string.IsNullOrWhiteSpace(argument["description"]?.GetValue<string>()), name);
            var range = property.GetCustomAttribute<RangeAttribute>();
            Assert.Equal(range is null ? null : Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture), argument["minimum"]?.GetValue<int>());
            Assert.Equal(range is null || range.Maximum is int.MaxValue ? null : Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture), argument["maximum"]?.GetValue<int>());
            Assert.Equal(property.GetCustomAttribute<MaxLengthAttribute>()?.Length, argument["maxLength"]?.GetValue<int>());
            var allowed = property.GetCustomAttribute<AllowedValuesAttribute>()?.Values.Select(v => v?.ToString());
            Assert.Equal(allowed, argument["enum"]?.AsArray().Select(n => n?.GetValue<string>()).OfType<string>());
            Assert.Equal(property.GetCustomAttribute<KnownCodeAttribute>() is not null, argument["description"]!.GetValue<string>().Contains("naming the closest", StringComparison.Ordinal));
        }
    }
}
