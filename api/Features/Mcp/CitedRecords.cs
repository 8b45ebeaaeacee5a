using System.Globalization;
using Mgi.Api.Features.Dimensions;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Jurisdictions.Ratifications;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Profiles;
using Mgi.Api.Features.Profiles.Summary;
using Mgi.Api.Features.Search.List;

namespace Mgi.Api.Features.Mcp;

/// <summary>
/// The API's records as the tools answer them: each with the absolute URL of the same record in the
/// HTTP API (scheme and host of the request, as the lists' Link headers), and its profile's citation
/// and licence, read from the rendered profiles.
/// </summary>
public sealed class CitedRecords(IHttpContextAccessor http, ProfilesResource profiles, PoliciesResource policies,
    DimensionsResource dimensions, InstrumentsResource instruments)
{
    string Origin => http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}{r.PathBase}" : "";

    /// <summary>The absolute URL of an item route (a request type's Route) for <paramref name="key"/>.</summary>
    public string Url(string route, string key) =>
        Origin + route[..route.IndexOf('{', StringComparison.Ordinal)] + Uri.EscapeDataString(key) + route[(route.IndexOf('}', StringComparison.Ordinal) + 1)..];

    (string? Citation, License? License) Cite(string profileId) =>
        profiles.Items.Find(profileId)?.Item is { } p ? (p.Citation, p.License) : (null, null);

    public FindingRecord Finding(Policy finding)
    {
        var (citation, license) = Cite(finding.ProfileId);
        return new FindingRecord
        {
            Id = finding.Id,
            Url = Url(Policies.Get.GetPolicyRequest.Route, finding.Id),
            Citation = citation,
            License = license,
            Finding = finding,
            DimensionName = DimensionNameOf(finding.DimensionNumber),
            AssessmentMeaning = ToolTexts.Assessment(finding.Assessment),
            Instruments = [.. finding.InstrumentIds.Select(id => new InstrumentLink
            {
                Id = id,
                Name = instruments.Items.Find(id)?.Item.Name ?? id,
                Url = Url(Instruments.Get.GetInstrumentRequest.Route, id),
            })],
        };
    }

    public HitRecord Hit(SearchHit hit)
    {
        var (citation, license) = Cite(hit.ProfileId);
        return new HitRecord { Id = hit.Id, Url = HitUrl(hit), Citation = citation, License = license, Hit = hit };
    }

    /// <summary>
    /// A finding or COVID-19 answer has its own route; key sources and notes are listed by profile
    /// (they have no item route), so their URL is their profile's list.
    /// </summary>
    string HitUrl(SearchHit hit) => hit.Type switch
    {
        SearchHitType.Policy => Url(Policies.Get.GetPolicyRequest.Route, hit.Id),
        SearchHitType.CovidResponse => Url(CovidResponses.Get.GetCovidResponseRequest.Route, hit.Id),
        SearchHitType.Source => $"{Origin}{Sources.List.ListSourcesRequest.Route}?profile={Uri.EscapeDataString(hit.ProfileId)}",
        _ => $"{Origin}{Footnotes.List.ListFootnotesRequest.Route}?profile={Uri.EscapeDataString(hit.ProfileId)}",
    };

    public ProfileRecord Profile(Profile profile, ProfileSummary summary) => new()
    {
        Id = profile.Id,
        Url = Url(Profiles.Summary.GetProfileSummaryRequest.Route, profile.Id),
        Citation = profile.Citation,
        License = profile.License,
        Title = profile.Title,
        Summary = summary,
        DimensionNames = [.. dimensions.Items.All.Select(d => new DimensionName { Number = d.Item.Number, Name = d.Item.Name })],
    };

    /// <summary>An instrument, cited as the profile of the first finding that names it (each finding carries its own).</summary>
    public InstrumentRecord Instrument(Instrument instrument)
    {
        var findings = instrument.PolicyIds.Select(id => policies.Items.Find(id)?.Item).OfType<Policy>().Select(Finding).ToList();
        return new InstrumentRecord
        {
            Id = instrument.Id,
            Url = Url(Instruments.Get.GetInstrumentRequest.Route, instrument.Id),
            Citation = findings.FirstOrDefault()?.Citation,
            License = findings.FirstOrDefault()?.License,
            Instrument = instrument,
            Findings = findings,
        };
    }

    public RatificationRecord Ratification(Ratification ratification, string listedFor)
    {
        var (citation, license) = Cite(ratification.ProfileId);
        return new RatificationRecord
        {
            Id = ratification.ConventionCode,
            Url = Url(ListRatificationsRequest.Route, listedFor),
            Citation = citation,
            License = license,
            Ratification = ratification,
            ConventionUrl = Url(Conventions.Get.GetConventionRequest.Route, ratification.ConventionCode),
        };
    }

    string DimensionNameOf(int number) =>
        dimensions.Items.Find(number.ToString(CultureInfo.InvariantCulture))?.Item.Name ?? number.ToString(CultureInfo.InvariantCulture);
}
