namespace Mgi.Api.Features.CovidResponses.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListCovidResponsesRequest, CovidResponse>
{
    public override void Configure()
    {
        List(ListCovidResponsesRequest.Route, "ListCovidResponses", "CovidResponses",
            "List COVID-19 responses",
            "The answers of the profiles' COVID-19 module, verbatim, each with a topic. Ordered by profile, then as printed.");
    }

    public override async Task HandleAsync(ListCovidResponsesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.CovidResponses.Get(Data.Keys(db, req)), ct);
    }
}
