namespace Mgi.Api.Features.CovidResponses.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListCovidResponsesRequest, CovidResponse>
{
    public override void Configure()
    {
        Get(ListCovidResponsesRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListCovidResponsesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db, req), () => Data.Page(db, req), ct);
    }
}
