using Mgi.Api.DataSet;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Dimensions;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Indicators;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Profiles;
using Mgi.Api.Features.Search.List;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// How a filter value reads on a page: a code or number becomes the name the data set gives it
/// (dimension 3 → "Partnerships"); the fixed vocabularies get their words. Values are unchanged in links.
/// </summary>
public sealed class Labels(DimensionsResource dimensions, ProfilesResource profiles, JurisdictionsResource jurisdictions,
    IndicatorsResource indicators, InstrumentsResource instruments, PoliciesResource policies, CovidResponsesResource covidResponses,
    FootnotesResource footnotes)
{
    public string Of(string filter, string value) => filter switch
    {
        "dimension" => Dimension(value),
        "profile" => profiles.Items.Find(value)?.Item.Title ?? value,
        "jurisdiction" => jurisdictions.Items.Find(value)?.Item.Name ?? value,
        "indicator" => indicators.Items.Find(value)?.Item.Name ?? value,
        "instrument" => instruments.Items.Find(value)?.Item.Name ?? value,
        "assessment" => Assessment(value),
        "type" => HitType(value),
        "kind" => Capitalized(value),
        "topic" => Topic(value),
        _ => value,
    };

    /// <summary>The filters' own names, as a heading over their values.</summary>
    public static string Filter(string filter) => filter switch
    {
        "type" => "Type",
        "kind" => "Kind of instrument",
        "indicator" => "Indicator area",
        _ => Capitalized(filter),
    };

    public string Dimension(string number) =>
        dimensions.Items.Find(number) is { } d ? $"{d.Item.Number}. {d.Item.Name}" : number;

    public string Dimension(int number) => Dimension(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Assessment(string value) => value switch
    {
        ProfileChecks.WellDeveloped => "Well developed",
        ProfileChecks.FurtherDevelopment => "Potential for further development",
        _ => value,
    };

    public static string HitType(string value) => value switch
    {
        SearchRequest.Policy => "Finding",
        SearchRequest.CovidResponse => "COVID-19 answer",
        SearchRequest.Source => "Key source",
        SearchRequest.Footnote => "Note",
        _ => value,
    };

    /// <summary>A country code (ISO 3166-1 alpha-3) as its short name: the jurisdictions list's where it has the country, else ISO 3166-1's.</summary>
    public string Country(string code) =>
        jurisdictions.Items.Find(code)?.Item.Name ?? Iso3166.Alpha3.GetValueOrDefault(code) ?? code;

    /// <summary>The page of the finding, COVID-19 answer or note (MEX-2022-body-51, listed on its profile's page) that states an instrument's event.</summary>
    public string StatedIn(string id) =>
        policies.Items.Find(id) is not null ? $"/explore/policies/{id}"
        : covidResponses.Items.Find(id) is not null ? $"/explore/covid-responses#{id}"
        : footnotes.Items.Find(id)?.Item is { } note ? $"/explore/profiles/{note.ProfileId}#{note.Id}"
        : "/explore";

    /// <summary>A COVID-19 topic's code in words ("border-closure" → "Border closure"): the topics are ours, their codes are words.</summary>
    public static string Topic(string value) => Capitalized(value.Replace('-', ' '));

    static string Capitalized(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}
