using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Conventions.List;

internal static class Data
{
    public static int Count(SqliteConnection db) => db.ExecuteScalar<int>("SELECT count(*) FROM conventions");

    /// <summary>Order: as in the profiles' ratification table.</summary>
    public static IReadOnlyList<Convention> Page(SqliteConnection db, PagedRequest r) =>
        db.Query<Convention>($"{Convention.Select} ORDER BY ord LIMIT @PageSize OFFSET @Offset", new { r.PageSize, r.Offset }).ToList();
}
