using System.Text.Json;

namespace Mgi.Api.Tests.Contract;

/// <summary>
/// What we write ourselves (finding titles and tags, indicator codes and names, COVID-19 topics,
/// instrument records and kinds) says so where integrators and curators read: the contract's field
/// descriptions and the data files' JSON Schemas.
/// </summary>
public sealed class CuratorialFieldTests
{
    public static TheoryData<string, string> ContractFields() => new()
    {
        { "Policy", "title" }, { "Policy", "indicatorCodes" }, { "Policy", "instrumentIds" },
        { "Indicator", "code" }, { "Indicator", "name" },
        { "CovidResponse", "topic" }, { "CovidResponse", "instrumentIds" },
        { "Instrument", "id" }, { "Instrument", "name" }, { "Instrument", "kind" }, { "Instrument", "counterparties" }, { "Instrument", "events" },
    };

    [Theory]
    [MemberData(nameof(ContractFields))]
    public void The_contract_marks_curatorial_fields(string schema, string property)
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")));
        var description = contract.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema)
            .GetProperty("properties").GetProperty(property).Str("description");
        Assert.Contains("Curatorial", description, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> SchemaFields() => new()
    {
        { "profile.schema.json", "/properties/policies/items/properties/title" },
        { "profile.schema.json", "/properties/policies/items/properties/indicatorCodes" },
        { "profile.schema.json", "/properties/policies/items/properties/instrumentIds" },
        { "profile.schema.json", "/properties/covidResponses/items/properties/topic" },
        { "profile.schema.json", "/properties/covidResponses/items/properties/instrumentIds" },
        { "indicators.schema.json", "/properties/indicators/items/properties/code" },
        { "indicators.schema.json", "/properties/indicators/items/properties/name" },
        { "instruments.schema.json", "/properties/instruments/items/properties/id" },
        { "instruments.schema.json", "/properties/instruments/items/properties/name" },
        { "instruments.schema.json", "/properties/instruments/items/properties/kind" },
        { "instruments.schema.json", "/properties/instruments/items/properties/counterparties" },
        { "instruments.schema.json", "/properties/instruments/items/properties/events" },
    };

    [Theory]
    [MemberData(nameof(SchemaFields))]
    public void The_json_schemas_mark_curatorial_fields(string file, string path)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", file)));
        var node = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema.RootElement, (e, name) => e.GetProperty(name));
        Assert.True(node.GetProperty("x-curatorial").GetBoolean());
        Assert.StartsWith("Curatorial", node.Str("description"), StringComparison.Ordinal);
    }
}
