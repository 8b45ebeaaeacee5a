using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Indicators.List;

internal static class Data
{
    const string Where = "WHERE (@Dimension IS NULL OR dimension_number = @Dimension)";

    public static int Count(SqliteConnection db, ListIndicatorsRequest r) =>
        db.ExecuteScalar<int>($"SELECT count(*) FROM indicators {Where}", new { r.Dimension });

    /// <summary>Order: by dimension, then sequence within it (1.1, 1.2, … 1.10).</summary>
    public static IReadOnlyList<Indicator> Page(SqliteConnection db, ListIndicatorsRequest r) =>
        db.Query<Indicator>($"{Indicator.Select} {Where} ORDER BY dimension_number, sequence LIMIT @PageSize OFFSET @Offset",
            new { r.Dimension, r.PageSize, r.Offset }).ToList();
}
