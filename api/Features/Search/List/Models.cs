using System.ComponentModel.DataAnnotations;
using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Search.List;

public sealed class SearchRequest : FacetedRequest, IFacetDeclaration
{
    /// <summary>The filters search can count by (facet=type,profile): a computed list declares them itself.</summary>
    public static IReadOnlyList<string> DeclaredFacets { get; } = ["type", "jurisdiction", "profile", "dimension"];

    public const string Route = "/v1/search";
    public const string Policy = "policy";
    public const string CovidResponse = "covid-response";
    public const string Source = "source";
    public const string Footnote = "footnote";

    /// <summary>
    /// The search text. Every word must match, in any case and with or without accents; "quoted
    /// words" match as a phrase; the last word also matches as the beginning of a word (migra:
    /// migration); English words match their stem (migrants, migrant). Operators and punctuation are
    /// treated as spaces.
    /// </summary>
    [Required, MaxLength(TextQuery.MaxLength)]
    public string? Q { get; set; }

    /// <summary>Only hits of this resource type.</summary>
    [Vocabulary("SearchHitType", Policy, CovidResponse, Source, Footnote)]
    public string? Type { get; set; }

    /// <summary>Only hits from profiles of this jurisdiction code (e.g. MEX).</summary>
    [KnownCode("jurisdictions", "jurisdiction")]
    public string? Jurisdiction { get; set; }

    /// <summary>Only hits from this profile id (e.g. MEX-2022).</summary>
    [KnownCode("profiles", "profile")]
    public string? Profile { get; set; }

    /// <summary>Only policy findings in this dimension number (other types have no dimension).</summary>
    [Range(1, 6)]
    public int? Dimension { get; set; }
}

public sealed class SearchValidator : Validator<SearchRequest>
{
    public SearchValidator()
    {
        Include(new ParameterRules<SearchRequest>());
        RuleFor(r => r.Q).SearchText("q");
    }
}

/// <summary>One search hit: a record of any searchable type, with the passage that matched.</summary>
public sealed class SearchHit
{
    /// <summary>policy, covid-response, source or footnote: the resource the id belongs to.</summary>
    [Hxl("#meta+type"), Vocabulary("SearchHitType", SearchRequest.Policy, SearchRequest.CovidResponse, SearchRequest.Source, SearchRequest.Footnote)]
    public required string Type { get; init; }
    /// <summary>The id of the record, for its own route (/v1/policies/{id}, /v1/covid-responses/{id}) or list.</summary>
    [Hxl("#meta+id")]
    public required string Id { get; init; }
    /// <summary>The profile the record is from, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>The jurisdiction of that profile, e.g. MEX.</summary>
    [Hxl("#country+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>The dimension of a policy finding; null for the other types.</summary>
    [Hxl("#indicator+dimension+num")]
    public int? DimensionNumber { get; init; }
    /// <summary>The record's title: a finding's title, a COVID-19 topic, a source's title, "Note N".</summary>
    [Hxl("#meta+title")]
    public required string Title { get; init; }
    /// <summary>The best-matching passage as plain text; "…" marks a cut.</summary>
    [Hxl("#description+snippet")]
    public required string Snippet { get; init; }
    /// <summary>The same passage as HTML: text escaped, matches in &lt;mark&gt;.</summary>
    [Hxl("#description+snippet+html")]
    public required string SnippetHtml { get; init; }
    /// <summary>
    /// Relevance (BM25 over the record's fields; higher is better); hits are ordered by it, equal
    /// scores by type, then in the order of that type's list. For ordering only: the values may
    /// change between versions of the service.
    /// </summary>
    [Hxl("#meta+score+num")]
    public required double Score { get; init; }
}
