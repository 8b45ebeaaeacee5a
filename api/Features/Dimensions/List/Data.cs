using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Dimensions.List;

internal static class Data
{
    public static int Count(SqliteConnection db) => db.ExecuteScalar<int>("SELECT count(*) FROM dimensions");

    /// <summary>Order: by number.</summary>
    public static IReadOnlyList<Dimension> Page(SqliteConnection db, PagedRequest r) =>
        db.Query<Dimension>($"{Dimension.Select} ORDER BY number LIMIT @PageSize OFFSET @Offset", new { r.PageSize, r.Offset }).ToList();
}
