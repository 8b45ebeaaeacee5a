using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Profiles;

/// <summary>One published MGI assessment of one jurisdiction.</summary>
public sealed class Profile
{
    /// <summary>Jurisdiction code and year, e.g. MEX-2022.</summary>
    public required string Id { get; init; }
    public required string JurisdictionCode { get; init; }
    /// <summary>The year of the assessment (the year in the profile's title).</summary>
    public required int Year { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    /// <summary>The organization that carried out the research and analysis, where stated.</summary>
    public string? ResearchPartner { get; init; }
    /// <summary>The year of publication, which may follow the assessment year.</summary>
    public int? PublishedYear { get; init; }
    public string? Isbn { get; init; }
    /// <summary>The citation the publication requires, verbatim.</summary>
    public string? Citation { get; init; }
    public License? License { get; init; }
    /// <summary>Where the publication can be read, where the source gives it.</summary>
    public string? SourceUrl { get; init; }
    /// <summary>ISO 639-1 code of the publication's language.</summary>
    public string? Language { get; init; }
    /// <summary>complete when the profile's findings are loaded; referenced when only the publication is known.</summary>
    public required string DataStatus { get; init; }
    /// <summary>The introduction of the profile's COVID-19 page, verbatim.</summary>
    public string? CovidIntroduction { get; init; }
    /// <summary>The notes of that introduction.</summary>
    public required IReadOnlyList<InlineFootnote> CovidIntroductionFootnotes { get; init; }
    /// <summary>For a referenced profile: the profile and footnote that name it.</summary>
    public ProfileReferencedBy? ReferencedBy { get; init; }
}

/// <summary>The licence a profile's content is published under.</summary>
public sealed class License
{
    public required string Name { get; init; }
    /// <summary>Short code, e.g. CC BY-NC-ND 3.0 IGO.</summary>
    public required string Code { get; init; }
    /// <summary>The licence text.</summary>
    public required string Url { get; init; }
}

/// <summary>The footnote of another profile that names this publication.</summary>
public sealed class ProfileReferencedBy
{
    public required string ProfileId { get; init; }
    /// <summary>The number of the body note that names the publication.</summary>
    public required int Footnote { get; init; }
}
