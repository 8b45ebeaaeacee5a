namespace Mgi.Api.Features.Profiles.Get;

public sealed class Endpoint(RenderedData rendered) : ItemEndpoint<GetProfileRequest, Profile>
{
    public override void Configure()
    {
        Item(GetProfileRequest.Route, "GetProfile", "Profiles",
            "Get a profile",
            "One MGI profile by id (case-insensitive), with its required citation and licence.");
    }

    public override async Task HandleAsync(GetProfileRequest req, CancellationToken ct)
    {
        await SendItemAsync(rendered.Profiles.Find(req.Id), "id", $"No profile has the id '{req.Id}'.", ct);
    }
}
