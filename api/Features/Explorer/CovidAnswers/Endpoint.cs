using Mgi.Api.Data;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.CovidResponses.List;

namespace Mgi.Api.Features.Explorer.CovidAnswers;

/// <summary>/explore/covid-responses: /v1/covid-responses' parameters, read by its list's own code, with every facet.</summary>
public sealed class Endpoint(Database database, CovidResponsesResource resource) : ListPageEndpoint<CovidResponse, ListCovidResponsesRequest, CovidResponsesPage>(database, resource)
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/covid-responses");

    protected override string ApiRoute => ListCovidResponsesRequest.Route;

    protected override (string Client, string Operation) SdkOperation => ("covidResponses", "ListCovidResponses");
}
