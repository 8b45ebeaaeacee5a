using Mgi.Api.Lists;

namespace Mgi.Api.Features.Profiles.Get;

public sealed class Endpoint(ProfilesResource profiles) : ItemEndpoint<GetProfileRequest, Profile>(profiles)
{
    public override void Configure()
    {
        Item(GetProfileRequest.Route, "GetProfile", "Profiles",
            "Get a profile",
            "One MGI profile by id (case-insensitive), with its required citation and licence.");
    }

    public override Task HandleAsync(GetProfileRequest req, CancellationToken ct) =>
        SendItemAsync(req.Id, "id", $"No profile has the id '{req.Id}'.", ct);
}
