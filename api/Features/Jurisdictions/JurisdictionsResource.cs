using Mgi.Api.Data;
using Mgi.Api.Features.Jurisdictions.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Jurisdictions;

/// <summary>Countries and subnational units, each with its profiles; and the filters of /v1/jurisdictions.</summary>
public sealed class JurisdictionsResource : Resource<Jurisdiction, ListJurisdictionsRequest>
{
    public override string Name => "jurisdictions";
    protected override string From => "jurisdictions j";
    protected override string KeyColumn => "j.code";
    /// <summary>National jurisdictions first, then by code (sort_key).</summary>
    protected override string Order => "j.sort_key";
    protected override string Columns => """
        j.code, j.name, j.level, j.parent_code, j.iso2, j.m49,
        (SELECT json_group_array(json_object('id', p.id, 'year', p.year, 'dataStatus', p.data_status))
           FROM (SELECT id, year, data_status FROM profiles WHERE jurisdiction_code = j.code ORDER BY year, id) p) AS profiles
        """;
    protected override string KeyOf(Jurisdiction item) => item.Code;
    public override IReadOnlyList<string> PrimaryKey => ["code"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("parentCode", "jurisdictions", "code")];

    public override SqlFilter Filter(ListJurisdictionsRequest r) => new SqlFilter()
        .And("@Level", r.Level, "j.level = @Level", facet: "j.level")
        .And("@Parent", r.Parent, "j.parent_code = @Parent", facet: "j.parent_code");
}
