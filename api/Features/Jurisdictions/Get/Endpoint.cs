using Mgi.Api.Lists;

namespace Mgi.Api.Features.Jurisdictions.Get;

public sealed class Endpoint(JurisdictionsResource jurisdictions) : ItemEndpoint<GetJurisdictionRequest, Jurisdiction>(jurisdictions)
{
    public override void Configure()
    {
        Item(GetJurisdictionRequest.Route, "GetJurisdiction", "Jurisdictions",
            "Get a jurisdiction",
            "One country or subnational unit by its ISO code (case-insensitive), with its profiles.");
    }

    public override Task HandleAsync(GetJurisdictionRequest req, CancellationToken ct) =>
        SendItemAsync(req.Code, "code", $"No jurisdiction has the code '{req.Code}'.", ct);
}
