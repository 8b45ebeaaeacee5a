namespace Mgi.Api.Features.Conventions.Get;

public sealed class Endpoint(Database database) : ItemEndpoint<GetConventionRequest, Convention>
{
    public override void Configure()
    {
        Item(GetConventionRequest.Route, "GetConvention", "Conventions",
            "Get a convention",
            "One convention by code (case-insensitive).");
    }

    public override async Task HandleAsync(GetConventionRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendItemAsync(Data.Find(db, req.Code), "code", $"No convention has the code '{req.Code}'.", ct);
    }
}
