using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Indicators.List;

internal static class Data
{
    const string Where = "WHERE (@Dimension IS NULL OR dimension_number = @Dimension)";

    public static int Count(SqliteConnection db, ListIndicatorsRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM indicators {Where}", new { r.Dimension });

    const string Order = "ORDER BY dimension_number, sequence";

    /// <summary>Every indicator, rendered once at start-up (<see cref="RenderedData"/>).</summary>
    public static IEnumerable<Indicator> All(SqliteConnection db) => db.Query<Indicator>($"{Indicator.Select} {Order}");

    /// <summary>The codes of a page. Order: by dimension, then sequence within it (1.1, 1.2, … 1.10).</summary>
    public static IEnumerable<string> Keys(SqliteConnection db, ListIndicatorsRequest r) =>
        db.Query<string>($"SELECT code FROM indicators {Where} {Order} LIMIT @PageSize OFFSET @Offset",
            new { r.Dimension, r.PageSize, r.Offset });
}
