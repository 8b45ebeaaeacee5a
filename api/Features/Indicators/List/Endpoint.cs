namespace Mgi.Api.Features.Indicators.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListIndicatorsRequest, Indicator>
{
    public override void Configure()
    {
        List(ListIndicatorsRequest.Route, "ListIndicators", "Indicators",
            "List indicator areas",
            "The indicator areas each dimension description names. Ordered by dimension, then sequence.");
    }

    public override async Task HandleAsync(ListIndicatorsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Indicators.Get(Data.Keys(db, req)), ct);
    }
}
