using System.ComponentModel.DataAnnotations;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Footnotes.List;

public sealed class ListFootnotesRequest : PagedRequest
{
    public const string Route = "/v1/footnotes";

    /// <summary>Only the notes of this profile id (e.g. MEX-2022).</summary>
    public string? Profile { get; set; }

    /// <summary>body (the numbered notes of the profile) or covid (the notes of its COVID-19 page).</summary>
    [AllowedValues(ProfileChecks.Body, ProfileChecks.Covid)]
    public string? Section { get; set; }

    /// <summary>Full-text search in the note's text (case and accents ignored).</summary>
    [MaxLength(FullText.MaxLength)]
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

/// <summary>A numbered note of a profile.</summary>
public sealed class Footnote
{
    /// <summary>Profile id, section and number, e.g. MEX-2022-body-13.</summary>
    public required string Id { get; init; }
    public required string ProfileId { get; init; }
    /// <summary>body or covid: the COVID-19 page numbers its notes separately.</summary>
    public required string Section { get; init; }
    public required int Number { get; init; }
    /// <summary>The note, verbatim.</summary>
    public required string Text { get; init; }
    /// <summary>The links the note gives, in order.</summary>
    public required IReadOnlyList<string> Urls { get; init; }
}
