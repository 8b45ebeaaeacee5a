using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Conventions.Get;

internal static class Data
{
    public static Convention? Find(SqliteConnection db, string code) =>
        db.QuerySingleOrDefault<Convention>($"{Convention.Select} WHERE code = @code", new { code });
}
