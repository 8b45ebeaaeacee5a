using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Policies.List;

internal static class Data
{
    // One fixed SQL text: absent filters are NULL parameters, so Dapper caches a single plan.
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR p.jurisdiction_code = @Jurisdiction)
           AND (@Profile IS NULL OR p.profile_id = @Profile)
           AND (@Dimension IS NULL OR p.dimension_number = @Dimension)
           AND (@Assessment IS NULL OR p.assessment = @Assessment)
           AND (@Indicator IS NULL OR p.id IN (SELECT policy_id FROM policy_indicators WHERE indicator_code = @Indicator))
           AND (@Match IS NULL OR p.rowid IN (SELECT rowid FROM policies_fts WHERE policies_fts MATCH @Match))
        """;

    static object Parameters(ListPoliciesRequest r) => new
    {
        r.Jurisdiction, r.Profile, r.Dimension, r.Assessment, r.Indicator,
        Match = FullText.ToMatchExpression(r.Q), r.PageSize, r.Offset,
    };

    public static int Count(SqliteConnection db, ListPoliciesRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM policies p {Where}", Parameters(r));

    const string Order = "ORDER BY p.profile_id, p.ord";

    /// <summary>Every finding, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Policy> All(SqliteConnection db) =>
        db.Query<PolicyRow>($"{PolicyRow.Select} {Order}").Select(row => row.ToPolicy());

    /// <summary>The ids of a page. Order: by profile, then as printed in the profile.</summary>
    public static IEnumerable<string> Keys(SqliteConnection db, ListPoliciesRequest r) =>
        db.Query<string>($"SELECT p.id FROM policies p {Where} {Order} LIMIT @PageSize OFFSET @Offset", Parameters(r));
}
