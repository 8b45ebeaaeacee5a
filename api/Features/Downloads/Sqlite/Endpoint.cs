using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Downloads.Sqlite;

public sealed class Endpoint(Database database, IOptions<DatabaseOptions> options, IOptions<Http.HttpOptions> http) : DownloadEndpoint<EmptyRequest>(database, http)
{
    public const string Route = Http.ApiPaths.Downloads + "/mgi.sqlite";
    const string MediaType = "application/vnd.sqlite3";

    public override void Configure()
    {
        Download(Route, "DownloadSqlite", MediaType,
            "Download the whole data set as a SQLite database",
            "The database file this service reads: every table, index and full-text index. Open it with any SQLite tool.",
            "The SQLite file");
    }

    public override Task HandleAsync(EmptyRequest req, CancellationToken ct) =>
        SendFileAsync(options.Value.DatabasePath, MediaType, "sqlite", ".sqlite");
}
