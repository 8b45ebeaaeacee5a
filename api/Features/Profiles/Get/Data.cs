using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Profiles.Get;

internal static class Data
{
    public static Profile? Find(SqliteConnection db, string id) =>
        db.QuerySingleOrDefault<ProfileRow>($"{ProfileRow.Select} WHERE p.id = @id", new { id })?.ToProfile();
}
