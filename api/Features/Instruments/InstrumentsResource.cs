using Mgi.Api.Data;
using Mgi.Api.Features.Instruments.List;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Instruments;

/// <summary>The instruments the findings name; and the filters of /v1/instruments.</summary>
public sealed class InstrumentsResource : Resource<Instrument, ListInstrumentsRequest>
{
    public override string Name => "instruments";
    protected override string From => "instruments i";
    protected override string KeyColumn => "i.id";
    /// <summary>By jurisdiction, then as curated (the order the findings first name them).</summary>
    protected override string Order => "i.jurisdiction_code, i.ord";
    protected override string Columns => """
        i.id, i.name, i.aliases_json AS aliases, i.kind, i.year, i.status, i.jurisdiction_code,
        i.policy_ids_json AS policy_ids, i.source_ids_json AS source_ids
        """;
    protected override string KeyOf(Instrument item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("jurisdictionCode", "jurisdictions", "code")];

    /// <summary>Names, the names as written, and the status, of equal weight.</summary>
    public override IReadOnlyList<(string Column, float Weight)> Text =>
        [("i.name", 1), ("(SELECT group_concat(value, '; ') FROM json_each(i.aliases_json))", 1), ("i.status", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags => [("jurisdiction", "i.jurisdiction_code")];

    public override SqlFilter Filter(ListInstrumentsRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "i.jurisdiction_code = @Jurisdiction", facet: "i.jurisdiction_code")
        .And("@Profile", r.Profile, "i.id IN (SELECT pi.instrument_id FROM policy_instruments pi JOIN policies p ON p.id = pi.policy_id WHERE p.profile_id = @Profile)",
            facet: "fp.profile_id", facetJoin: "JOIN policy_instruments fpi ON fpi.instrument_id = i.id JOIN policies fp ON fp.id = fpi.policy_id")
        .And("@Kind", r.Kind, "i.kind = @Kind", facet: "i.kind")
        .AndText(TextQuery.Parse(r.Q), MatchesText);
}
