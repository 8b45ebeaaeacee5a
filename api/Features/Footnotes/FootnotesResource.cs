using Mgi.Api.Data;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Footnotes;

/// <summary>The numbered notes of the profiles; and the filters of /v1/footnotes.</summary>
public sealed class FootnotesResource : Resource<Footnote, ListFootnotesRequest>
{
    public override string Name => "footnotes";
    protected override string From => "footnotes f";
    protected override string KeyColumn => "f.id";
    /// <summary>By profile, body notes before COVID-19 notes, then by number.</summary>
    protected override string Order => "f.profile_id, f.section_ord, f.number";
    protected override string Columns => "f.id, f.profile_id, f.section, f.number, f.text, f.urls_json AS urls";
    protected override string KeyOf(Footnote item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("profileId", "profiles", "id")];

    public override IReadOnlyList<(string Column, float Weight)> Text => [("f.text", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags => [("profile", "f.profile_id"), ("jurisdiction", "f.jurisdiction_code")];

    public override SqlFilter Filter(ListFootnotesRequest r) => new SqlFilter()
        .And("@Profile", r.Profile, "f.profile_id = @Profile", facet: "f.profile_id")
        .And("@Section", r.Section, "f.section = @Section", facet: "f.section")
        .AndText(TextQuery.Parse(r.Q), MatchesText);
}
