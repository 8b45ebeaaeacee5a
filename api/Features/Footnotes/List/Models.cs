using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.DataSet;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Footnotes.List;

public sealed class ListFootnotesRequest : FacetedRequest
{
    public const string Route = "/v1/footnotes";

    /// <summary>Only the notes of this profile id (e.g. MEX-2022).</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>body (the numbered notes of the profile) or covid (the notes of its COVID-19 page).</summary>
    [Vocabulary("FootnoteSection", ProfileChecks.Body, ProfileChecks.Covid)]
    public string? Section { get; set; }

    /// <summary>Full-text search in the note's text, read as /v1/search reads q: every word must match (case, accents and English endings ignored), "quoted words" as a phrase, the last word also as the beginning of a word.</summary>
    [MaxLength(TextQuery.MaxLength)]
    public string? Q { get; set; }
}

public sealed class ListFootnotesValidator : Validator<ListFootnotesRequest>
{
    public ListFootnotesValidator()
    {
        Include(new ParameterRules<ListFootnotesRequest>());
        RuleFor(r => r.Q).SearchText("q");
    }
}
