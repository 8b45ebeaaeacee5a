using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Dimensions.Get;

internal static class Data
{
    public static Dimension? Find(SqliteConnection db, int number) =>
        db.QuerySingleOrDefault<Dimension>($"{Dimension.Select} WHERE number = @number", new { number });
}
