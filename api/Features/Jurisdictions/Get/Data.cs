using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Jurisdictions.Get;

internal static class Data
{
    public static Jurisdiction? Find(SqliteConnection db, string code) =>
        db.QuerySingleOrDefault<JurisdictionRow>($"{JurisdictionRow.Select} WHERE j.code = @code", new { code })?.ToJurisdiction();
}
