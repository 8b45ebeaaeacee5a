using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Indicators.Get;

internal static class Data
{
    public static Indicator? Find(SqliteConnection db, string code) =>
        db.QuerySingleOrDefault<Indicator>($"{Indicator.Select} WHERE code = @code", new { code });
}
