using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Profiles;

/// <summary>One published MGI assessment of one jurisdiction.</summary>
public sealed class Profile
{
    /// <summary>Jurisdiction code and year, e.g. MEX-2022.</summary>
    [Hxl("#meta+profile+id")]
    public required string Id { get; init; }
    /// <summary>The jurisdiction assessed, e.g. MEX.</summary>
    // HXL: #loc, not #country: a profile may assess a state (MX-OAX) as well as a country (docs/hxl.md).
    [Hxl("#loc+code")]
    public required string JurisdictionCode { get; init; }
    /// <summary>The year of the assessment (the year in the profile's title).</summary>
    [Hxl("#date+year")]
    public required int Year { get; init; }
    /// <summary>The publication's title, as printed.</summary>
    [Hxl("#meta+title")]
    public required string Title { get; init; }
    /// <summary>The publishing body, as printed (e.g. International Organization for Migration).</summary>
    [Hxl("#org+publisher+name")]
    public required string Publisher { get; init; }
    /// <summary>The organization that carried out the research and analysis, where stated.</summary>
    [Hxl("#org+research+name")]
    public string? ResearchPartner { get; init; }
    /// <summary>The year of publication, which may follow the assessment year.</summary>
    [Hxl("#date+year+published")]
    public int? PublishedYear { get; init; }
    /// <summary>The publication's ISBN, where it has one.</summary>
    [Hxl("#meta+isbn")]
    public string? Isbn { get; init; }
    /// <summary>The citation the publication requires, verbatim.</summary>
    [Hxl("#meta+citation")]
    public string? Citation { get; init; }
    /// <summary>The licence the profile's content is published under; null where the data set does not hold it.</summary>
    public License? License { get; init; }
    /// <summary>Where the publication can be read, where the source gives it.</summary>
    [Hxl("#meta+source+url")]
    public string? SourceUrl { get; init; }
    /// <summary>ISO 639-1 code of the publication's language, where the source states it (null for the referenced local profiles: the Mexico profile cites their titles, not their language).</summary>
    [Hxl("#meta+language+code")]
    public string? Language { get; init; }
    /// <summary>complete when the profile's findings are loaded; referenced when only the publication is known.</summary>
    [Hxl("#status+data"), Vocabulary("DataStatus", ProfileChecks.Complete, ProfileChecks.Referenced)]
    public required string DataStatus { get; init; }
    /// <summary>The introduction's account of this profile's assessments (which were made, when, under which programme), verbatim; the introduction's other paragraphs are the same in every MGI profile and are not repeated. Paragraphs are separated by a blank line.</summary>
    [Hxl("#description+intro")]
    public string? Introduction { get; init; }
    /// <summary>The notes of that introduction (the local profiles it names; the glossary the terms follow).</summary>
    [Hxl("#meta+footnote+num+list+intro")]
    public required IReadOnlyList<InlineFootnote> IntroductionFootnotes { get; init; }
    /// <summary>The introduction of the profile's COVID-19 page, verbatim.</summary>
    [Hxl("#description+covid+intro")]
    public string? CovidIntroduction { get; init; }
    /// <summary>The notes of that introduction.</summary>
    [Hxl("#meta+footnote+num+list")]
    public required IReadOnlyList<InlineFootnote> CovidIntroductionFootnotes { get; init; }
    /// <summary>For a referenced profile: the profile and footnote that name it.</summary>
    public ProfileReferencedBy? ReferencedBy { get; init; }
}

/// <summary>The licence a profile's content is published under.</summary>
public sealed class License
{
    /// <summary>The licence's full name.</summary>
    [Hxl("#meta+license+name")]
    public required string Name { get; init; }
    /// <summary>Short code, e.g. CC BY-NC-ND 3.0 IGO.</summary>
    [Hxl("#meta+license+code")]
    public required string Code { get; init; }
    /// <summary>The licence text.</summary>
    [Hxl("#meta+license+url")]
    public required string Url { get; init; }
}

/// <summary>The footnote of another profile that names this publication.</summary>
public sealed class ProfileReferencedBy
{
    /// <summary>The profile that refers to this one.</summary>
    [Hxl("#meta+referenced_by+profile+id")]
    public required string ProfileId { get; init; }
    /// <summary>The number of the body note that names the publication.</summary>
    [Hxl("#meta+referenced_by+footnote+num")]
    public required int Footnote { get; init; }
}
