using Mgi.Api.Data;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Policies;

/// <summary>The findings: the policies table, and the filters of /v1/policies.</summary>
public sealed class PoliciesResource : Resource<Policy, ListPoliciesRequest>
{
    public override string Name => "policies";
    protected override string From => "policies p";
    // The page's keys walk the list's order (policies_order) and stop at the page's end; left to
    // choose, SQLite takes policies_dimension for dimension+assessment and sorts every match,
    // which grows with the data set (docs/benchmarks.md).
    protected override string PageFrom => "policies p INDEXED BY policies_order";
    protected override string KeyColumn => "p.id";
    /// <summary>By profile, then as printed in the profile.</summary>
    protected override string Order => "p.profile_id, p.ord";
    protected override string Columns => """
        p.id, p.profile_id, p.jurisdiction_code, p.section, p.dimension_number, p.assessment, p.title, p.text,
        p.indicator_codes_json AS indicator_codes, p.instrument_ids_json AS instrument_ids, p.footnotes_json AS footnotes
        """;
    protected override string KeyOf(Policy item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys =>
        [("profileId", "profiles", "id"), ("jurisdictionCode", "jurisdictions", "code"), ("dimensionNumber", "dimensions", "number")];

    /// <summary>A finding's title counts twice its text.</summary>
    public override IReadOnlyList<(string Column, float Weight)> Text => [("p.title", 2), ("p.text", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags =>
        [("profile", "p.profile_id"), ("jurisdiction", "p.jurisdiction_code"), ("dimension", "p.dimension_number")];

    public override SqlFilter Filter(ListPoliciesRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "p.jurisdiction_code = @Jurisdiction", facet: "p.jurisdiction_code")
        .And("@Profile", r.Profile, "p.profile_id = @Profile", facet: "p.profile_id")
        .And("@Dimension", r.Dimension, "p.dimension_number = @Dimension", facet: "p.dimension_number")
        .And("@Assessment", r.Assessment, "p.assessment = @Assessment", facet: "p.assessment")
        .And("@Indicator", r.Indicator, "p.id IN (SELECT policy_id FROM policy_indicators WHERE indicator_code = @Indicator)",
            facet: "fi.indicator_code", facetJoin: "JOIN policy_indicators fi ON fi.policy_id = p.id")
        .And("@Instrument", r.Instrument, "p.id IN (SELECT policy_id FROM policy_instruments WHERE instrument_id = @Instrument)",
            facet: "fi.instrument_id", facetJoin: "JOIN policy_instruments fi ON fi.policy_id = p.id")
        .AndText(TextQuery.Parse(r.Q), MatchesText);
}
