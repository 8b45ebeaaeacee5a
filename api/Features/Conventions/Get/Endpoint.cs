using Mgi.Api.Lists;

namespace Mgi.Api.Features.Conventions.Get;

public sealed class Endpoint(ConventionsResource conventions) : ItemEndpoint<GetConventionRequest, Convention>(conventions)
{
    public override void Configure()
    {
        Item(GetConventionRequest.Route, "GetConvention", "Conventions",
            "Get a convention",
            "One convention by code (case-insensitive).");
    }

    public override Task HandleAsync(GetConventionRequest req, CancellationToken ct) =>
        SendItemAsync(req.Code, "code", $"No convention has the code '{req.Code}'.", ct);
}
