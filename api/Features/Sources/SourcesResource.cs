using Mgi.Api.Data;
using Mgi.Api.Features.Sources.List;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Sources;

/// <summary>The entries of the profiles' "Key sources"; and the filters of /v1/sources.</summary>
public sealed class SourcesResource : Resource<Source, ListSourcesRequest>
{
    public override string Name => "sources";
    protected override string From => "sources s";
    protected override string KeyColumn => "s.id";
    /// <summary>By profile, then as printed in its key sources.</summary>
    protected override string Order => "s.profile_id, s.ord";
    protected override string Columns => "s.id, s.profile_id, s.issuer, s.year_key, s.year, s.title, s.english_title, s.details, s.url, s.instrument_ids_json AS instrument_ids";
    protected override string KeyOf(Source item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("profileId", "profiles", "id")];

    public override IReadOnlyList<(string Column, float Weight)> Text => [("s.issuer", 1), ("s.title", 1), ("s.english_title", 1), ("s.details", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags => [("profile", "s.profile_id"), ("jurisdiction", "s.jurisdiction_code")];

    public override SqlFilter Filter(ListSourcesRequest r) => new SqlFilter()
        .And("profile", r.Profile, "s.profile_id = @profile", facet: "s.profile_id")
        .AndText(TextQuery.Parse(r.Q), MatchesText);
}
