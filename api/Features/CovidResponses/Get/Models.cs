namespace Mgi.Api.Features.CovidResponses.Get;

public sealed class GetCovidResponseRequest
{
    public const string Route = "/v1/covid-responses/{id}";

    /// <summary>The answer id, e.g. MEX-2022-covid-03.</summary>
    public string Id { get; set; } = "";
}
