using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Indicators.List;

public sealed class Endpoint(Database database, IndicatorsResource indicators) : ListEndpoint<ListIndicatorsRequest, Indicator>
{
    public override void Configure()
    {
        List(ListIndicatorsRequest.Route, "ListIndicators", "Indicators",
            "List indicator areas",
            "The indicator areas each dimension description names. Ordered by dimension, then sequence.");
    }

    public override Task HandleAsync(ListIndicatorsRequest req, CancellationToken ct) => SendPageAsync(database, indicators, req, ct);
}
