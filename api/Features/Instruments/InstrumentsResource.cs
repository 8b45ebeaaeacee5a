using Mgi.Api.Data;
using Mgi.Api.Features.Instruments.List;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Instruments;

/// <summary>The instruments the findings and COVID-19 answers name; and the filters of /v1/instruments.</summary>
public sealed class InstrumentsResource : Resource<Instrument, ListInstrumentsRequest>
{
    public override string Name => "instruments";
    protected override string From => "instruments i";
    protected override string KeyColumn => "i.id";
    /// <summary>By jurisdiction, then as curated (the order the findings first name them).</summary>
    protected override string Order => "i.jurisdiction_code, i.ord";
    protected override string Columns => """
        i.id, i.name, i.aliases_json AS aliases, i.kind, i.year, i.status, i.counterparties_json AS counterparties,
        i.events_json AS events, i.jurisdiction_code, i.policy_ids_json AS policy_ids,
        i.covid_response_ids_json AS covid_response_ids, i.source_ids_json AS source_ids
        """;
    protected override string KeyOf(Instrument item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("jurisdictionCode", "jurisdictions", "code")];

    /// <summary>Names, the names as written, and the status, of equal weight.</summary>
    public override IReadOnlyList<(string Column, float Weight)> Text =>
        [("i.name", 1), ("(SELECT group_concat(value, '; ') FROM json_each(i.aliases_json))", 1), ("i.status", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags => [("jurisdiction", "i.jurisdiction_code")];

    /// <summary>Which profiles name each instrument: through their findings or their COVID-19 answers.</summary>
    const string NamedBy = """
        SELECT pi.instrument_id, p.profile_id FROM policy_instruments pi JOIN policies p ON p.id = pi.policy_id
        UNION SELECT ci.instrument_id, c.profile_id FROM covid_response_instruments ci JOIN covid_responses c ON c.id = ci.covid_response_id
        """;

    public override SqlFilter Filter(ListInstrumentsRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "i.jurisdiction_code = @Jurisdiction", facet: "i.jurisdiction_code")
        .And("@Profile", r.Profile, $"i.id IN (SELECT instrument_id FROM ({NamedBy}) WHERE profile_id = @Profile)",
            facet: "fp.profile_id", facetJoin: $"JOIN ({NamedBy}) fp ON fp.instrument_id = i.id")
        .And("@Kind", r.Kind, "i.kind = @Kind", facet: "i.kind")
        .AndText(TextQuery.Parse(r.Q), MatchesText);
}
