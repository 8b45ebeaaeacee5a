using Mgi.Api.Data;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Jurisdictions.Ratifications;

/// <summary>Each country's status for each convention, as its profiles record it; and the filter of /v1/jurisdictions/{code}/ratifications.</summary>
public sealed class RatificationsResource : Resource<Ratification, ListRatificationsRequest>
{
    public override string Name => "ratifications";
    /// <summary>Ratifications are listed per jurisdiction (/v1/jurisdictions/{code}/ratifications).</summary>
    public override string? ListPath => null;
    protected override string From => """
        ratifications r
          JOIN conventions c ON c.code = r.convention_code
          JOIN profiles p ON p.id = r.profile_id
        """;
    protected override string KeyColumn => "r.jurisdiction_code || ' ' || r.convention_code || ' ' || r.profile_id";
    /// <summary>By country; then conventions in the order of the ratification table, newest profile first.</summary>
    protected override string Order => "r.jurisdiction_code, c.ord, p.year DESC, p.id";
    protected override string Columns => "r.convention_code, c.name AS convention_name, r.jurisdiction_code, r.ratified, r.year, r.profile_id";
    protected override string KeyOf(Ratification item) => $"{item.JurisdictionCode} {item.ConventionCode} {item.ProfileId}";
    public override IReadOnlyList<string> PrimaryKey => ["jurisdictionCode", "conventionCode", "profileId"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys =>
        [("jurisdictionCode", "jurisdictions", "code"), ("conventionCode", "conventions", "code"), ("profileId", "profiles", "id")];

    /// <summary>Ratifications are national: those of the country the jurisdiction is, or belongs to.</summary>
    public override SqlFilter Filter(ListRatificationsRequest r) => new SqlFilter()
        .And("@Code", r.Code, """
            r.jurisdiction_code = (
              WITH RECURSIVE up(code, parent_code) AS (
                SELECT code, parent_code FROM jurisdictions WHERE code = @Code
                UNION ALL
                SELECT j.code, j.parent_code FROM jurisdictions j JOIN up ON j.code = up.parent_code)
              SELECT code FROM up WHERE parent_code IS NULL)
            """);
}
