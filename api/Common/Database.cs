using System.Diagnostics;
using Mgi.Api.Common.Http;
using Mgi.Api.DataSet;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Mgi.Api.Common;

/// <summary>
/// The built database, opened read-only: a connection per request (Microsoft.Data.Sqlite pools
/// them), nothing is ever written at run time, and no statement runs longer than the configured
/// time limit (SQLite interrupts it; the request gets a 503).
/// </summary>
public sealed class Database
{
    readonly string _connectionString;
    readonly long _timeLimitTicks;
    readonly Lazy<string> _datasetVersion;

    public Database(IOptions<DatabaseOptions> options, IOptions<HttpOptions> http)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Value.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString();
        _timeLimitTicks = http.Value.QueryTimeLimitMilliseconds * Stopwatch.Frequency / 1000;
        // Read without the time limit: it is the service's own metadata, read once.
        _datasetVersion = new(() =>
        {
            using var db = new SqliteConnection(_connectionString);
            db.Open();
            return db.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'dataset_version'")!;
        });
    }

    /// <summary>The version of the data set the database was built from (a digest of data/).</summary>
    public string DatasetVersion => _datasetVersion.Value;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // SQLite calls the handler every 1000 virtual machine steps; a non-zero answer interrupts
        // the statement (SQLITE_INTERRUPT). Pooled connections get a fresh deadline on each open.
        var deadline = Stopwatch.GetTimestamp() + _timeLimitTicks;
        raw.sqlite3_progress_handler(connection.Handle, 1000, static state => Stopwatch.GetTimestamp() > (long)state ? 1 : 0, deadline);
        return connection;
    }
}
