using Mgi.Api.Data;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.CovidResponses.List;
using Mgi.Api.Features.Dimensions;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.List;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Sources;
using Mgi.Api.Features.Sources.List;

namespace Mgi.Api.Features.Profiles.Summary;

/// <summary>
/// A profile's counts, each the total of a list filtered by the profile, asked of that list's own
/// resource and filter: the summary and the lists cannot disagree, and the totals are the ones the
/// lists remember (<see cref="Database.Lease.Count"/>).
/// </summary>
public sealed class ProfileCounts(
    DimensionsResource dimensions, PoliciesResource policies, CovidResponsesResource covidResponses,
    FootnotesResource footnotes, SourcesResource sources, InstrumentsResource instruments)
{
    public ProfileSummary Read(Database.Lease db, Profile profile)
    {
        var id = profile.Id;
        int Findings(int dimension, string assessment) =>
            policies.Total(db, policies.Filter(new ListPoliciesRequest { Profile = id, Dimension = dimension, Assessment = assessment }));
        // Ratifications are listed by jurisdiction, not by profile: their counts by profile are read here.
        var ratified = db.Query<(long Ratified, long NotRatified)>(
            "SELECT count(*) FILTER (WHERE ratified = 1), count(*) FILTER (WHERE ratified = 0) FROM ratifications WHERE profile_id = @Id", ("@Id", id)).Single();
        return new ProfileSummary
        {
            ProfileId = id,
            DataStatus = profile.DataStatus,
            Dimensions = [.. dimensions.Items.All.Select(d => d.Item.Number).Select(n => new DimensionSummary
            {
                Number = n,
                WellDeveloped = Findings(n, DataSet.ProfileChecks.WellDeveloped),
                FurtherDevelopment = Findings(n, DataSet.ProfileChecks.FurtherDevelopment),
            })],
            ConventionsRatified = (int)ratified.Ratified,
            ConventionsNotRatified = (int)ratified.NotRatified,
            CovidResponses = covidResponses.Total(db, covidResponses.Filter(new ListCovidResponsesRequest { Profile = id })),
            Footnotes = footnotes.Total(db, footnotes.Filter(new ListFootnotesRequest { Profile = id })),
            Sources = sources.Total(db, sources.Filter(new ListSourcesRequest { Profile = id })),
            Instruments = instruments.Total(db, instruments.Filter(new ListInstrumentsRequest { Profile = id })),
        };
    }
}
