using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.CovidResponses.Get;

internal static class Data
{
    public static CovidResponse? Find(SqliteConnection db, string id) =>
        db.QuerySingleOrDefault<CovidResponseRow>($"{CovidResponseRow.Select} WHERE c.id = @id", new { id })?.ToCovidResponse();
}
