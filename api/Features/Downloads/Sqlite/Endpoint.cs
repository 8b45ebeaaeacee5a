using Mgi.Api.DataSet;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Downloads.Sqlite;

public sealed class Endpoint(Database database, IOptions<DatabaseOptions> options, IOptions<Http.HttpOptions> http) : EndpointWithoutRequest
{
    public const string Route = Http.ApiPaths.Downloads + "/mgi.sqlite";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(b => b.WithName("DownloadSqlite").WithTags("Downloads")
            .Produces<Stream>(200, "application/vnd.sqlite3")
            .ClearDefaultProduces(400).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Download the whole data set as a SQLite database";
            s.Description = "The database file this service reads: every table, index and full-text index. Open it with any SQLite tool. Supports Range requests; the ETag is the data-set version.";
            s.Responses[200] = "The SQLite file (application/vnd.sqlite3).";
            s.Responses[400] = "A query parameter (this operation takes none).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await Send.ResultAsync(DataSetFile.Result(HttpContext, database, http.Value.MaxAgeSeconds,
            options.Value.DatabasePath, "application/vnd.sqlite3", "sqlite", ".sqlite"));
    }
}
