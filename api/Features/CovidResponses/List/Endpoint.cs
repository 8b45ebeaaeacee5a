using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.CovidResponses.List;

public sealed class Endpoint(Database database, CovidResponsesResource covidResponses) : ListEndpoint<ListCovidResponsesRequest, CovidResponse>
{
    public override void Configure()
    {
        List(ListCovidResponsesRequest.Route, "ListCovidResponses", "CovidResponses",
            "List COVID-19 responses",
            "The answers of the profiles' COVID-19 module, verbatim, each with a topic. Ordered by profile, then as printed.");
    }

    public override Task HandleAsync(ListCovidResponsesRequest req, CancellationToken ct) => SendPageAsync(database, covidResponses, req, ct);
}
