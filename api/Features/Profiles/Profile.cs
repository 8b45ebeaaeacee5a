using System.Text.Json;
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

internal sealed class ProfileRow
{
    public const string Select = """
        SELECT id, jurisdiction_code, year, title, publisher, research_partner, published_year, isbn, citation,
               license_name, license_code, license_url, source_url, language, data_status, covid_introduction,
               covid_introduction_footnotes_json, referenced_by_profile_id, referenced_by_footnote
          FROM profiles p
        """;

    public string Id { get; set; } = "";
    public string JurisdictionCode { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? ResearchPartner { get; set; }
    public int? PublishedYear { get; set; }
    public string? Isbn { get; set; }
    public string? Citation { get; set; }
    public string? LicenseName { get; set; }
    public string? LicenseCode { get; set; }
    public string? LicenseUrl { get; set; }
    public string? SourceUrl { get; set; }
    public string? Language { get; set; }
    public string DataStatus { get; set; } = "";
    public string? CovidIntroduction { get; set; }
    public string CovidIntroductionFootnotesJson { get; set; } = "[]";
    public string? ReferencedByProfileId { get; set; }
    public int? ReferencedByFootnote { get; set; }

    public Profile ToProfile() => new()
    {
        Id = Id, JurisdictionCode = JurisdictionCode, Year = Year, Title = Title, Publisher = Publisher,
        ResearchPartner = ResearchPartner, PublishedYear = PublishedYear, Isbn = Isbn, Citation = Citation,
        License = LicenseName is null ? null : new License { Name = LicenseName, Code = LicenseCode!, Url = LicenseUrl! },
        SourceUrl = SourceUrl, Language = Language, DataStatus = DataStatus, CovidIntroduction = CovidIntroduction,
        CovidIntroductionFootnotes = JsonSerializer.Deserialize<List<InlineFootnote>>(CovidIntroductionFootnotesJson, StoredJson.Options) ?? [],
        ReferencedBy = ReferencedByProfileId is null ? null : new ProfileReferencedBy { ProfileId = ReferencedByProfileId, Footnote = ReferencedByFootnote!.Value },
    };
}
