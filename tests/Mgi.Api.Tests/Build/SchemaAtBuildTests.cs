using System.Text.Json.Nodes;
using Mgi.Api.DataSet;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// The build validates every data file against its JSON Schema, read from the schema/ folder of
/// the data directory being built: a violation stops it naming the file, the record (with its id)
/// and the field, and a change to a schema takes effect without recompiling.
/// </summary>
public sealed class SchemaAtBuildTests : IDisposable
{
    readonly SourceCopy _copy = new();
    const string Mexico = "profiles/MEX-2022.json";

    public void Dispose() => _copy.Dispose();

    DataSetException BuildFails() => _copy.BuildFails();

    static JsonArray Array(JsonNode file, string name) => file[name]!.AsArray();

    [Fact]
    public void A_missing_required_field_names_file_record_and_field()
    {
        _copy.Edit("instruments/MEX.json", f => Array(f, "instruments")[1]!.AsObject().Remove("kind"));
        var e = BuildFails();
        Assert.Equal("data/instruments/MEX.json", e.File);
        Assert.Equal("instruments[1] (mex-migration-law)", e.Record);
        Assert.Equal("kind", e.Field);
        Assert.Contains("Required", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_its_enum_names_file_record_and_field()
    {
        _copy.Edit("catalogue/dimensions.json", d => Array(d, "dimensions")[2]!["migofCategory"] = "goal");
        var e = BuildFails();
        Assert.Equal("data/catalogue/dimensions.json", e.File);
        Assert.Equal("dimensions[2] (code partnerships)", e.Record);
        Assert.Equal("migofCategory", e.Field);
        Assert.Contains("enum", e.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_file_record_and_field()
    {
        _copy.Edit(Mexico, p => Array(p, "footnotes")[4]!["number"] = "5");
        var e = BuildFails();
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.Equal("footnotes[4] (number 5)", e.Record);
        Assert.Equal("number", e.Field);
        Assert.Contains("integer", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_inside_a_nested_object_names_the_path_to_it()
    {
        _copy.Edit(Mexico, p => p["license"]!["url"] = 3);
        var e = BuildFails();
        Assert.Equal("-", e.Record);
        Assert.Equal("license.url", e.Field);
    }

    [Fact]
    public void A_rule_between_fields_of_a_record_is_the_schemas_a_complete_profile_needs_its_citation()
    {
        _copy.Edit(Mexico, p => p["citation"] = null);
        var e = BuildFails();
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.Equal("citation", e.Field);
    }

    [Fact]
    public void A_referenced_profile_carrying_findings_is_refused()
    {
        _copy.Edit(Mexico, p => p["dataStatus"] = DataStatus.Referenced);
        var e = BuildFails();
        Assert.Equal("ratifications", e.Field); // the first of the findings it carries
        Assert.Contains("0", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_link_that_is_not_http_is_refused()
    {
        _copy.Edit(Mexico, p => Array(p, "footnotes")[0]!["urls"] = new JsonArray("ftp://example.org/x"));
        var e = BuildFails();
        Assert.Equal("urls[0]", e.Field);
    }

    [Fact]
    public void A_schema_change_takes_effect_without_recompiling()
    {
        DatabaseBuild.Run(_copy.Options);
        // The build reads the schemas of the data directory it builds: tighten one there.
        _copy.Edit("schema/dimensions.schema.json", s => s["properties"]!["dimensions"]!["items"]!["properties"]!["name"]!["maxLength"] = 10);
        var e = Assert.Throws<DataSetException>(() => DatabaseBuild.EnsureCurrent(_copy.Options));
        Assert.Equal("data/catalogue/dimensions.json", e.File);
        Assert.Equal("name", e.Field);
    }

    [Fact]
    public void A_missing_schema_stops_the_build_naming_it()
    {
        File.Delete(Path.Combine(_copy.Data, "schema", "conventions.schema.json"));
        var e = BuildFails();
        Assert.Equal("data/catalogue/conventions.json", e.File);
        Assert.Contains("data/schema/conventions.schema.json", e.Problem, StringComparison.Ordinal);
    }
}
