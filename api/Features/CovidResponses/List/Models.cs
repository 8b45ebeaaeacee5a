using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.CovidResponses.List;

public sealed class ListCovidResponsesRequest : FacetedRequest
{
    public const string Route = "/v1/covid-responses";

    /// <summary>Only answers of profiles of this jurisdiction code.</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Jurisdiction { get; set; }

    /// <summary>Only answers of this profile id.</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>Only answers on this topic, e.g. border-closure, access-to-health-care, vaccination.</summary>
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$"), KnownCode("covid-responses", "COVID-19 answer", Field = "topic")]
    public string? Topic { get; set; }
}

public sealed class ListCovidResponsesValidator : Validator<ListCovidResponsesRequest>
{
    public ListCovidResponsesValidator()
    {
        // Topics are an open vocabulary of the data (a new profile may add one): not an enum of the
        // contract; the form is checked here, the value against the data's topics by [KnownCode].
        Include(new ParameterRules<ListCovidResponsesRequest>());
    }
}
