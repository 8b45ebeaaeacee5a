using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Policies.List;

internal static class Data
{
    // One fixed SQL text: absent filters are NULL parameters, so each connection compiles it once.
    const string Where = """
         WHERE (@Jurisdiction IS NULL OR p.jurisdiction_code = @Jurisdiction)
           AND (@Profile IS NULL OR p.profile_id = @Profile)
           AND (@Dimension IS NULL OR p.dimension_number = @Dimension)
           AND (@Assessment IS NULL OR p.assessment = @Assessment)
           AND (@Indicator IS NULL OR p.id IN (SELECT policy_id FROM policy_indicators WHERE indicator_code = @Indicator))
           AND (@Match IS NULL OR p.rowid IN (SELECT rowid FROM policies_fts WHERE policies_fts MATCH @Match))
        """;

    static (string, object?)[] Parameters(ListPoliciesRequest r) =>
    [
        ("@Jurisdiction", r.Jurisdiction), ("@Profile", r.Profile), ("@Dimension", r.Dimension), ("@Assessment", r.Assessment),
        ("@Indicator", r.Indicator), ("@Match", FullText.ToMatchExpression(r.Q)),
    ];

    public static int Count(Database.Lease db, ListPoliciesRequest r) =>
        db.Count($"SELECT count(*) FROM policies p {Where}", Parameters(r));

    const string Order = "ORDER BY p.profile_id, p.ord";

    /// <summary>Every finding, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Policy> All(SqliteConnection db) =>
        db.Query<PolicyRow>($"{PolicyRow.Select} {Order}").Select(row => row.ToPolicy());

    /// <summary>The ids of a page. Order: by profile, then as printed in the profile.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListPoliciesRequest r) =>
        db.Keys($"SELECT p.id FROM policies p {Where} {Order} LIMIT @PageSize OFFSET @Offset", [.. Parameters(r), ("@PageSize", r.PageSize), ("@Offset", r.Offset)]);
}
