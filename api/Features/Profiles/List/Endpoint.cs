namespace Mgi.Api.Features.Profiles.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListProfilesRequest, Profile>
{
    public override void Configure()
    {
        List(ListProfilesRequest.Route, "ListProfiles", "Profiles",
            "List profiles",
            "Published MGI assessments: complete ones with their findings, and referenced ones known only by their publication. Ordered by jurisdiction, then year.");
    }

    public override async Task HandleAsync(ListProfilesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Profiles.Get(Data.Keys(db, req)), ct);
    }
}
