using System.Text.Json.Nodes;
using Mgi.Api.DataSet;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// A malformed or inconsistent source stops the build with a message naming file, record and
/// field, and leaves no database behind (nor touches a previous good one).
/// </summary>
public sealed class MalformedSourceTests : IDisposable
{
    readonly SourceCopy _copy = new();
    const string Mexico = "profiles/MEX-2022.json";

    public void Dispose() => _copy.Dispose();

    DataSetException BuildFails() => _copy.BuildFails();

    static JsonArray Policies(JsonNode profile) => profile["policies"]!.AsArray();

    [Fact]
    public void The_real_sources_build()
    {
        var data = DatabaseBuild.Run(_copy.Options);
        Assert.Equal(9, data.Profiles.Count);
        Assert.Equal(["mgi.sqlite"], _copy.LeftOvers());
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        _copy.Write("catalogue/conventions.json", "{ \"conventions\": [ { \"code\": \"ilo-c097\", } ] }");
        var e = BuildFails();
        Assert.Equal("data/catalogue/conventions.json", e.File);
        Assert.Contains("line 1", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dimension_names_the_finding_and_field()
    {
        _copy.Edit(Mexico, p => Policies(p)[4]!["dimension"] = 7);
        var e = BuildFails();
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.Equal("policies[4] (MEX-2022-1.2-05)", e.Record);
        Assert.Equal("dimension", e.Field);
        Assert.Contains("unknown dimension 7", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_finding_id_names_the_second_record()
    {
        _copy.Edit(Mexico, p => Policies(p)[1]!["id"] = "MEX-2022-1.2-01");
        var e = BuildFails();
        Assert.Equal("policies[1] (MEX-2022-1.2-01)", e.Record);
        Assert.Equal("id", e.Field);
        Assert.Contains("duplicate", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_jurisdiction_code_is_refused()
    {
        _copy.Edit("catalogue/jurisdictions.json", j => j["jurisdictions"]!.AsArray()[2]!["code"] = "MX-CHH");
        var e = BuildFails();
        Assert.Equal("data/catalogue/jurisdictions.json", e.File);
        Assert.Equal("code", e.Field);
    }

    [Fact]
    public void A_finding_pointing_at_a_missing_footnote_is_a_dangling_reference()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["footnotes"] = new JsonArray(99));
        var e = BuildFails();
        Assert.Equal("policies[0] (MEX-2022-1.2-01)", e.Record);
        Assert.Equal("footnotes", e.Field);
        Assert.Contains("body footnote 99", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratification_of_an_unknown_convention_is_a_dangling_reference()
    {
        _copy.Edit(Mexico, p => p["ratifications"]![0]!["conventionCode"] = "ilo-c999");
        var e = BuildFails();
        Assert.Equal("ratifications[0] (ilo-c999)", e.Record);
        Assert.Equal("conventionCode", e.Field);
    }

    [Fact]
    public void A_profile_of_an_unknown_jurisdiction_is_a_dangling_reference()
    {
        _copy.Edit("profiles/MX-OAX-2020.json", p => p["jurisdictionCode"] = "MX-XXX");
        var e = BuildFails();
        Assert.Equal("data/profiles/MX-OAX-2020.json", e.File);
        Assert.Equal("jurisdictionCode", e.Field);
    }

    [Fact]
    public void An_indicator_of_another_dimension_is_refused()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["indicatorCodes"] = new JsonArray("d2-framework"));
        var e = BuildFails();
        Assert.Equal("indicatorCodes", e.Field);
        Assert.Contains("belongs to dimension 2", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_code_that_reads_as_a_section_number_is_refused()
    {
        _copy.Edit("catalogue/indicators.json", c => c["indicators"]![0]!["code"] = "1.1");
        var e = BuildFails();
        Assert.Equal("data/catalogue/indicators.json", e.File);
        Assert.Equal("code", e.Field);
        Assert.Contains("\"1.1\": ", e.Problem, StringComparison.Ordinal);
    }

    const string Instruments = "instruments/MEX.json";
    static JsonArray InstrumentList(JsonNode file) => file["instruments"]!.AsArray();

    [Fact]
    public void A_dangling_instrument_id_names_the_finding()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["instrumentIds"] = new JsonArray("mex-constitution", "mex-no-such-law"));
        var e = BuildFails();
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.Equal("policies[0] (MEX-2022-1.2-01)", e.Record);
        Assert.Equal("instrumentIds", e.Field);
        Assert.Contains("unknown instrument 'mex-no-such-law'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_that_names_an_instrument_twice_is_refused()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["instrumentIds"] = new JsonArray("mex-constitution", "mex-migration-law", "mex-constitution"));
        var e = BuildFails();
        Assert.Equal("policies[0] (MEX-2022-1.2-01)", e.Record);
        Assert.Equal("instrumentIds", e.Field);
        Assert.Contains("duplicate", e.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_finding_citing_an_instrument_its_text_does_not_name_is_refused()
    {
        // MEX-2022-1.2-03 is about an education protocol; its text names no customs law.
        _copy.Edit(Mexico, p => Policies(p)[2]!["instrumentIds"]!.AsArray().Add("mex-customs-law"));
        var e = BuildFails();
        Assert.Equal("policies[2] (MEX-2022-1.2-03)", e.Record);
        Assert.Equal("instrumentIds", e.Field);
        Assert.Contains("by none of its aliases", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_that_no_citing_finding_writes_names_the_instrument_file_and_record()
    {
        _copy.Edit(Instruments, f => InstrumentList(f)[1]!["aliases"]!.AsArray().Add("Ley de Migración"));
        var e = BuildFails();
        Assert.Equal("data/instruments/MEX.json", e.File);
        Assert.Equal("instruments[1] (mex-migration-law)", e.Record);
        Assert.Equal("aliases", e.Field);
        Assert.Contains("'Ley de Migración' occurs in none of the findings", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_instrument_kind_or_key_source_is_refused()
    {
        _copy.Edit(Instruments, f => InstrumentList(f)[0]!["kind"] = "decree");
        Assert.Equal("kind", BuildFails().Field);
        _copy.Edit(Instruments, f => { InstrumentList(f)[0]!["kind"] = "constitution"; InstrumentList(f)[0]!["sourceIds"] = new JsonArray("MEX-2022-src-99"); });
        var e = BuildFails();
        Assert.Equal("instruments[0] (mex-constitution)", e.Record);
        Assert.Equal("sourceIds", e.Field);
    }

    /// <summary>The position of an instrument in the file, and its record as the build names it.</summary>
    static (JsonNode Instrument, string Record) InstrumentNamed(JsonNode file, string id)
    {
        var list = InstrumentList(file);
        var index = list.Select((x, i) => (x, i)).Single(p => p.x!["id"]!.GetValue<string>() == id).i;
        return (list[index]!, $"instruments[{index}] ({id})");
    }

    string RecordOf(string id)
    {
        var record = "";
        _copy.Edit(Instruments, f => record = InstrumentNamed(f, id).Record);
        return record;
    }

    [Theory]
    [InlineData("ZZZ")] // not assigned by ISO 3166-1
    [InlineData("Germany")] // a name, not a code
    [InlineData("DE")] // alpha-2
    public void A_counterparty_that_is_not_an_iso_alpha3_country_names_the_agreement_and_field(string code)
    {
        _copy.Edit(Instruments, f => InstrumentNamed(f, "mex-double-taxation-agreements").Instrument["counterparties"]!.AsArray().Add(code));
        var e = BuildFails();
        Assert.Equal("data/instruments/MEX.json", e.File);
        Assert.Equal(RecordOf("mex-double-taxation-agreements"), e.Record);
        if (code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        {
            Assert.Equal("counterparties", e.Field);
            Assert.Contains($"'{code}' is not an ISO 3166-1 alpha-3 country code", e.Problem, StringComparison.Ordinal);
        }
        else
        {
            // Not even of the form: the schema refuses it, naming the item.
            Assert.StartsWith("counterparties[", e.Field, StringComparison.Ordinal);
            Assert.Contains(code, e.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_counterparty_on_a_law_or_the_jurisdiction_itself_is_refused()
    {
        _copy.Edit(Instruments, f => InstrumentNamed(f, "mex-migration-law").Instrument["counterparties"] = new JsonArray("USA"));
        var e = BuildFails();
        Assert.Equal(RecordOf("mex-migration-law"), e.Record);
        Assert.Equal("counterparties", e.Field);
        Assert.Contains("only an agreement has counterparties", e.Problem, StringComparison.Ordinal);

        _copy.Edit(Instruments, f =>
        {
            InstrumentNamed(f, "mex-migration-law").Instrument["counterparties"] = new JsonArray();
            InstrumentNamed(f, "mex-canada-labour-mobility-agreement").Instrument["counterparties"] = new JsonArray("CAN", "MEX");
        });
        e = BuildFails();
        Assert.Equal(RecordOf("mex-canada-labour-mobility-agreement"), e.Record);
        Assert.Contains("'MEX' is the instrument's own jurisdiction", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_event_reference_names_the_instrument_and_the_event()
    {
        _copy.Edit(Instruments, f => InstrumentNamed(f, "mex-migration-law").Instrument["events"]![0]!["statedIn"] = "MEX-2022-body-99");
        var e = BuildFails();
        Assert.Equal("data/instruments/MEX.json", e.File);
        Assert.Equal(RecordOf("mex-migration-law"), e.Record);
        Assert.Equal("events[0].statedIn", e.Field);
        Assert.Contains("unknown finding, COVID-19 answer or note 'MEX-2022-body-99'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_the_stating_note_does_not_say_is_refused()
    {
        // Note 51 gives 11 November 2020; a date or words of our own are refused.
        _copy.Edit(Instruments, f => InstrumentNamed(f, "mex-migration-law").Instrument["events"]![0]!["date"] = "2020-11-12");
        var e = BuildFails();
        Assert.Equal("events[0].date", e.Field);
        Assert.Contains("does not give the date 12 November 2020", e.Problem, StringComparison.Ordinal);

        _copy.Edit(Instruments, f =>
        {
            var ev = InstrumentNamed(f, "mex-migration-law").Instrument["events"]![0]!;
            ev["date"] = "2020-11-11";
            ev["what"] = "Reform on migrant children";
        });
        e = BuildFails();
        Assert.Equal("events[0].what", e.Field);
        Assert.Contains("is not the words of MEX-2022-body-51", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_instrument_id_in_a_covid_answer_names_the_answer_and_field()
    {
        _copy.Edit(Mexico, p => p["covidResponses"]![1]!["instrumentIds"]!.AsArray().Add("mex-no-such-plan"));
        var e = BuildFails();
        Assert.Equal("data/profiles/MEX-2022.json", e.File);
        Assert.Equal("covidResponses[1] (MEX-2022-covid-02)", e.Record);
        Assert.Equal("instrumentIds", e.Field);
        Assert.Contains("unknown instrument 'mex-no-such-plan'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_not_in_the_words_of_a_citing_text_or_its_notes_is_refused()
    {
        _copy.Edit(Instruments, f => InstrumentNamed(f, "mex-germany-labour-mobility-agreement").Instrument["status"] = "under negotiation");
        var e = BuildFails();
        Assert.Equal(RecordOf("mex-germany-labour-mobility-agreement"), e.Record);
        Assert.Equal("status", e.Field);
        Assert.Contains("MEX-2022-3.2-01", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_instrument_id_is_refused()
    {
        _copy.Edit(Instruments, f => InstrumentList(f)[2]!["id"] = "mex-migration-law");
        var e = BuildFails();
        Assert.Equal("data/instruments/MEX.json", e.File);
        Assert.Equal("id", e.Field);
        Assert.Contains("duplicate id 'mex-migration-law'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_names_the_record_and_field()
    {
        _copy.Edit(Mexico, p => Policies(p)[2]!.AsObject().Remove("text"));
        var e = BuildFails();
        Assert.Equal("policies[2] (MEX-2022-1.2-03)", e.Record);
        Assert.Equal("text", e.Field);
    }

    [Fact]
    public void An_empty_required_text_is_refused()
    {
        _copy.Edit(Mexico, p => p["sources"]![3]!["title"] = "  ");
        var e = BuildFails();
        Assert.Equal("sources[3] (MEX-2022-src-04)", e.Record);
        Assert.Equal("title", e.Field);
    }

    [Fact]
    public void A_null_in_a_required_field_names_it()
    {
        _copy.Edit("catalogue/dimensions.json", d => d["dimensions"]![0]!["name"] = null);
        var e = BuildFails();
        Assert.Equal("dimensions[0] (code migrants-rights)", e.Record);
        Assert.Equal("name", e.Field);
    }

    [Fact]
    public void A_misspelt_field_is_refused_not_ignored()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["assesment"] = "well-developed");
        var e = BuildFails();
        Assert.Equal("policies[0] (MEX-2022-1.2-01)", e.Record);
        Assert.Equal("assesment", e.Field);
    }

    [Fact]
    public void An_unknown_assessment_value_is_refused()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["assessment"] = "good");
        Assert.Equal("assessment", BuildFails().Field);
    }

    [Fact]
    public void A_year_that_disagrees_with_the_year_key_is_refused()
    {
        _copy.Edit(Mexico, p => p["sources"]![14]!["year"] = 2012);
        var e = BuildFails();
        Assert.Equal("year", e.Field);
        Assert.Contains("2011a", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_file_must_be_named_by_its_id()
    {
        File.Move(Path.Combine(_copy.Data, "profiles/MX-DUR-2022.json"), Path.Combine(_copy.Data, "profiles/durango.json"));
        var e = BuildFails();
        Assert.Equal("data/profiles/durango.json", e.File);
        Assert.Equal("id", e.Field);
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_previous_good_database_untouched()
    {
        DatabaseBuild.Run(_copy.Options);
        var before = File.ReadAllBytes(_copy.DatabasePath);
        _copy.Edit(Mexico, p => Policies(p)[0]!["dimension"] = 9);
        Assert.Throws<DataSetException>(() => DatabaseBuild.EnsureCurrent(_copy.Options));
        Assert.Equal(before, File.ReadAllBytes(_copy.DatabasePath));
        Assert.Equal(["mgi.sqlite"], _copy.LeftOvers());
    }

    [Fact]
    public void The_build_command_exits_non_zero_and_names_the_mistake_on_stderr()
    {
        _copy.Edit(Mexico, p => Policies(p)[0]!["dimension"] = 9);
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(1, BuildCommand.Run(["--data", _copy.Data, "--out", _copy.DatabasePath], new DatabaseOptions()));
        }
        finally { Console.SetError(original); }
        Assert.Contains("data/profiles/MEX-2022.json: policies[0] (MEX-2022-1.2-01): dimension: unknown dimension 9", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_copy.DatabasePath));
    }
}
