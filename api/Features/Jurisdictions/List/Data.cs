using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Jurisdictions.List;

internal static class Data
{
    static SqlFilter Filter(ListJurisdictionsRequest r) => new SqlFilter()
        .And("@Level", r.Level, "j.level = @Level")
        .And("@Parent", r.Parent, "j.parent_code = @Parent");

    public static int Count(Database.Lease db, ListJurisdictionsRequest r) => Filter(r).Count(db, "jurisdictions j");

    const string Order = "ORDER BY j.sort_key";

    /// <summary>Every jurisdiction, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Jurisdiction> All(SqliteConnection db) =>
        db.Query<JurisdictionRow>($"{JurisdictionRow.Select} {Order}").Select(row => row.ToJurisdiction());

    /// <summary>The codes of a page. Order: national jurisdictions first, then by code.</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListJurisdictionsRequest r) =>
        Filter(r).Keys(db, "SELECT j.code FROM jurisdictions j", Order, r);
}
