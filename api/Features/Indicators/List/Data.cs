using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Indicators.List;

internal static class Data
{
    static SqlFilter Filter(ListIndicatorsRequest r) => new SqlFilter()
        .And("@Dimension", r.Dimension, "dimension_number = @Dimension");

    public static int Count(Database.Lease db, ListIndicatorsRequest r) => Filter(r).Count(db, "indicators");

    const string Order = "ORDER BY dimension_number, sequence";

    /// <summary>Every indicator, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Indicator> All(SqliteConnection db) => db.Query<Indicator>($"{Indicator.Select} {Order}");

    /// <summary>The codes of a page. Order: by dimension, then sequence within it (1.1, 1.2, … 1.10).</summary>
    public static IReadOnlyList<string> Keys(Database.Lease db, ListIndicatorsRequest r) =>
        Filter(r).Keys(db, "SELECT code FROM indicators", Order, r);
}
