namespace Mgi.Api.Features.Jurisdictions.Get;

public sealed class Endpoint(RenderedData rendered) : ItemEndpoint<GetJurisdictionRequest, Jurisdiction>
{
    public override void Configure()
    {
        Item(GetJurisdictionRequest.Route, "GetJurisdiction", "Jurisdictions",
            "Get a jurisdiction",
            "One country or subnational unit by its ISO code (case-insensitive), with its profiles.");
    }

    public override async Task HandleAsync(GetJurisdictionRequest req, CancellationToken ct)
    {
        await SendItemAsync(rendered.Jurisdictions.Find(req.Code), "code", $"No jurisdiction has the code '{req.Code}'.", ct);
    }
}
