using Dapper;
using Mgi.Api.DataSet;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Common;

/// <summary>
/// The built database, opened read-only: a connection per request (Microsoft.Data.Sqlite pools
/// them), nothing is ever written at run time.
/// </summary>
public sealed class Database
{
    readonly string _connectionString;

    public Database(IOptions<DatabaseOptions> options)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Value.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The version of the data set the database was built from (a digest of data/).</summary>
    public string DatasetVersion()
    {
        using var db = Open();
        return db.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'dataset_version'")!;
    }
}
