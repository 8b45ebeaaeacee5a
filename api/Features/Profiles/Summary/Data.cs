namespace Mgi.Api.Features.Profiles.Summary;

internal static class Data
{
    /// <summary>The counts of one profile, read from the tables the list routes read.</summary>
    public static ProfileSummary Read(Database.Lease db, Profile profile)
    {
        var id = ("@Id", (object?)profile.Id);
        var dimensions = db.Query<(long Number, long WellDeveloped, long FurtherDevelopment)>("""
            SELECT d.number,
                   (SELECT count(*) FROM policies p WHERE p.profile_id = @Id AND p.dimension_number = d.number AND p.assessment = 'well-developed'),
                   (SELECT count(*) FROM policies p WHERE p.profile_id = @Id AND p.dimension_number = d.number AND p.assessment = 'further-development')
              FROM dimensions d ORDER BY d.number
            """, id);
        var counts = db.Query<(long Ratified, long NotRatified, long CovidResponses, long Footnotes, long Sources, long Instruments)>("""
            SELECT (SELECT count(*) FROM ratifications WHERE profile_id = @Id AND ratified = 1),
                   (SELECT count(*) FROM ratifications WHERE profile_id = @Id AND ratified = 0),
                   (SELECT count(*) FROM covid_responses WHERE profile_id = @Id),
                   (SELECT count(*) FROM footnotes WHERE profile_id = @Id),
                   (SELECT count(*) FROM sources WHERE profile_id = @Id),
                   (SELECT count(DISTINCT pi.instrument_id) FROM policy_instruments pi JOIN policies p ON p.id = pi.policy_id WHERE p.profile_id = @Id)
            """, id).Single();
        return new ProfileSummary
        {
            ProfileId = profile.Id,
            DataStatus = profile.DataStatus,
            Dimensions = dimensions.Select(d => new DimensionSummary { Number = (int)d.Number, WellDeveloped = (int)d.WellDeveloped, FurtherDevelopment = (int)d.FurtherDevelopment }).ToList(),
            ConventionsRatified = (int)counts.Ratified,
            ConventionsNotRatified = (int)counts.NotRatified,
            CovidResponses = (int)counts.CovidResponses,
            Footnotes = (int)counts.Footnotes,
            Sources = (int)counts.Sources,
            Instruments = (int)counts.Instruments,
        };
    }
}
