using System.Text.Json.Serialization;

namespace Mgi.Api.DataSet;

// The shapes of the curated files in data/. They mirror data/schema/*.schema.json; the loader
// rejects unknown fields so a misspelt field name is an error, not a silently dropped value.

public sealed record DimensionsFile(IReadOnlyList<DimensionSource> Dimensions,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record DimensionSource(
    int Number, string Code, string Name, string MigofCategory, string MigofStatement, string Description);

public sealed record IndicatorsFile(IReadOnlyList<IndicatorSource> Indicators,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record IndicatorSource(string Code, int DimensionNumber, string Name, string? Description);

public sealed record ConventionsFile(IReadOnlyList<ConventionSource> Conventions,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record ConventionSource(string Code, string Name, int? AdoptedYear, string Body);

public sealed record JurisdictionsFile(IReadOnlyList<JurisdictionSource> Jurisdictions,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record JurisdictionSource(string Code, string Name, string Level, string? ParentCode, string? Iso2, int? M49);

public sealed record ProfileSource(
    string Id,
    string JurisdictionCode,
    int Year,
    string Title,
    string Publisher,
    string? ResearchPartner,
    int? PublishedYear,
    string? Isbn,
    string? Citation,
    LicenseSource? License,
    string? SourceUrl,
    string? Language,
    string DataStatus,
    ReferenceSource? ReferencedBy = null,
    string? Introduction = null,
    IReadOnlyList<int>? IntroductionFootnotes = null,
    string? CovidIntroduction = null,
    IReadOnlyList<int>? CovidIntroductionFootnotes = null,
    IReadOnlyList<RatificationSource>? Ratifications = null,
    IReadOnlyList<PolicySource>? Policies = null,
    IReadOnlyList<CovidResponseSource>? CovidResponses = null,
    IReadOnlyList<FootnoteSource>? Footnotes = null,
    IReadOnlyList<KeySource>? Sources = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record LicenseSource(string Name, string Code, string Url);

/// <summary>Where a referenced-only profile is named: the profile and its footnote.</summary>
public sealed record ReferenceSource(string ProfileId, int Footnote);

public sealed record RatificationSource(string ConventionCode, bool Ratified, int? Year);

public sealed record PolicySource(
    string Id,
    string Section,
    int Dimension,
    string Assessment,
    IReadOnlyList<string> IndicatorCodes,
    string Title,
    string Text,
    IReadOnlyList<string> InstrumentIds,
    IReadOnlyList<int> Footnotes);

/// <summary>The instruments the findings of one jurisdiction's profiles name: data/instruments/&lt;jurisdiction&gt;.json.</summary>
public sealed record InstrumentsFile(string JurisdictionCode, IReadOnlyList<InstrumentSource> Instruments,
    [property: JsonPropertyName("$schema")] string? Schema = null);

public sealed record InstrumentSource(
    string Id, string Name, IReadOnlyList<string> Aliases, string Kind, int? Year, string? Status,
    IReadOnlyList<string> Counterparties, IReadOnlyList<InstrumentEventSource> Events, IReadOnlyList<string> SourceIds);

/// <summary>A later amendment or reform of an instrument, as a finding, a COVID-19 answer or a note states it.</summary>
public sealed record InstrumentEventSource(int Year, string? Date, string What, string StatedIn);

public sealed record CovidResponseSource(string Id, string Topic, string Text, IReadOnlyList<int> Footnotes, IReadOnlyList<string> InstrumentIds);

public sealed record FootnoteSource(string Section, int Number, string Text, IReadOnlyList<string> Urls);

public sealed record KeySource(
    string Id, string Issuer, string YearKey, int? Year, string Title, string? EnglishTitle, string? Details, string? Url);

/// <summary>Everything read from data/, checked and ready to be written.</summary>
public sealed record SourceData(
    IReadOnlyList<DimensionSource> Dimensions,
    IReadOnlyList<IndicatorSource> Indicators,
    IReadOnlyList<ConventionSource> Conventions,
    IReadOnlyList<JurisdictionSource> Jurisdictions,
    IReadOnlyList<ProfileSource> Profiles,
    IReadOnlyList<InstrumentsFile> Instruments,
    string Hash);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(DimensionsFile))]
[JsonSerializable(typeof(IndicatorsFile))]
[JsonSerializable(typeof(ConventionsFile))]
[JsonSerializable(typeof(JurisdictionsFile))]
[JsonSerializable(typeof(ProfileSource))]
[JsonSerializable(typeof(InstrumentsFile))]
internal sealed partial class SourceJson : JsonSerializerContext;
