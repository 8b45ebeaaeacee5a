using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Policies.Get;

internal static class Data
{
    public static Policy? Find(SqliteConnection db, string id) =>
        db.QuerySingleOrDefault<PolicyRow>($"{PolicyRow.Select} WHERE p.id = @id", new { id })?.ToPolicy();
}
