using Mgi.Api.Data;
using Mgi.Api.Features.CovidResponses.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.CovidResponses;

/// <summary>The answers of the COVID-19 module; and the filters of /v1/covid-responses.</summary>
public sealed class CovidResponsesResource : Resource<CovidResponse, ListCovidResponsesRequest>
{
    public override string Name => "covid-responses";
    protected override string From => "covid_responses c";
    protected override string KeyColumn => "c.id";
    /// <summary>By profile, then as printed.</summary>
    protected override string Order => "c.profile_id, c.ord";
    protected override string Columns => "c.id, c.profile_id, c.jurisdiction_code, c.topic, c.text, c.footnotes_json AS footnotes, c.instrument_ids_json AS instrument_ids";
    protected override string KeyOf(CovidResponse item) => item.Id;
    public override IReadOnlyList<string> PrimaryKey => ["id"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys =>
        [("profileId", "profiles", "id"), ("jurisdictionCode", "jurisdictions", "code")];

    /// <summary>Searched by /v1/search (the list has no q filter).</summary>
    public override IReadOnlyList<(string Column, float Weight)> Text => [("c.topic", 1), ("c.text", 1)];
    public override IReadOnlyList<(string Name, string Column)> TextTags => [("profile", "c.profile_id"), ("jurisdiction", "c.jurisdiction_code")];

    public override SqlFilter Filter(ListCovidResponsesRequest r) => new SqlFilter()
        .And("@Jurisdiction", r.Jurisdiction, "c.jurisdiction_code = @Jurisdiction", facet: "c.jurisdiction_code")
        .And("@Profile", r.Profile, "c.profile_id = @Profile", facet: "c.profile_id")
        .And("@Topic", r.Topic, "c.topic = @Topic", facet: "c.topic");
}
