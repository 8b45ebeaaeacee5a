namespace Mgi.Api.Features.CovidResponses.List;

public sealed class ListCovidResponsesRequest : PagedRequest
{
    public const string Route = "/v1/covid-responses";

    /// <summary>Only answers of profiles of this jurisdiction code.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>Only answers of this profile id.</summary>
    public string? Profile { get; set; }

    /// <summary>Only answers on this topic, e.g. border-closure, access-to-health-care, vaccination.</summary>
    public string? Topic { get; set; }
}

public sealed class ListCovidResponsesValidator : Validator<ListCovidResponsesRequest>
{
    public ListCovidResponsesValidator()
    {
        Include(new PagingRules());
        // Topics are an open vocabulary of the data (a new profile may add one): check the form only.
        RuleFor(r => r.Topic).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").OverridePropertyName("topic")
            .WithMessage("topic must be a kebab-case topic code, e.g. vaccination or border-closure.");
    }
}
