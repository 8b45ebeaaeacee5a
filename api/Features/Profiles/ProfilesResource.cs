using Mgi.Api.Data;
using Mgi.Api.Features.Profiles.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Profiles;

/// <summary>Published assessments, with citation and licence; and the filters of /v1/profiles.</summary>
public sealed class ProfilesResource : Resource<Profile, ListProfilesRequest>
{
    public override string Name => "profiles";
    protected override string From => "profiles p";
    protected override string KeyColumn => "p.id";
    /// <summary>By jurisdiction code, then year.</summary>
    protected override string Order => "p.jurisdiction_code, p.year, p.id";
    protected override string Columns => """
        p.id, p.jurisdiction_code, p.year, p.title, p.publisher, p.research_partner, p.published_year, p.isbn, p.citation,
        CASE WHEN p.license_name IS NULL THEN NULL
             ELSE json_object('name', p.license_name, 'code', p.license_code, 'url', p.license_url) END AS license,
        p.source_url, p.language, p.data_status, p.introduction, p.introduction_footnotes_json AS introduction_footnotes, p.covid_introduction,
        p.covid_introduction_footnotes_json AS covid_introduction_footnotes,
        CASE WHEN p.referenced_by_profile_id IS NULL THEN NULL
             ELSE json_object('profileId', p.referenced_by_profile_id, 'footnote', p.referenced_by_footnote) END AS referenced_by
        """;
    protected override string KeyOf(Profile item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("jurisdictionCode", "jurisdictions", "code")];

    public override SqlFilter Filter(ListProfilesRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "p.jurisdiction_code = @Jurisdiction", facet: "p.jurisdiction_code")
        .And("@Year", r.Year, "p.year = @Year", facet: "p.year")
        .And("@DataStatus", r.DataStatus, "p.data_status = @DataStatus", facet: "p.data_status");
}
