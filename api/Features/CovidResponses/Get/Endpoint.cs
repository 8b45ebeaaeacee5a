using Mgi.Api.Lists;

namespace Mgi.Api.Features.CovidResponses.Get;

public sealed class Endpoint(CovidResponsesResource covidResponses) : ItemEndpoint<GetCovidResponseRequest, CovidResponse>(covidResponses)
{
    public override void Configure()
    {
        Item(GetCovidResponseRequest.Route, "GetCovidResponse", "CovidResponses",
            "Get a COVID-19 response",
            "One answer of the COVID-19 module by id (case-insensitive).");
    }

    public override Task HandleAsync(GetCovidResponseRequest req, CancellationToken ct) =>
        SendItemAsync(req.Id, "id", $"No COVID-19 response has the id '{req.Id}'.", ct);
}
