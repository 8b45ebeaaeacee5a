using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Mgi.Api.DataSet;
using Mgi.Api.Http;
using Mgi.Api.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.ObjectPool;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Mgi.Api.Data;

/// <summary>
/// The built database, opened read-only: nothing is ever written at run time, and no statement runs
/// longer than the configured time limit (SQLite interrupts it; the request gets a 503).
/// </summary>
/// <remarks>
/// The one way the service reads data: borrow a connection (<see cref="Open"/>), run statements
/// through the loan (<see cref="Lease.Query{T}"/> for rows, <see cref="Lease.Keys"/> for a page's
/// keys, <see cref="Lease.Count"/> for a total, remembered), give it back. Connections come from a
/// small pool of the service's own, so the time-limit handler is registered once per connection and
/// the limit starts at a loan's first statement. Statements are compiled for each use: keeping them
/// per connection bought nothing measurable (docs/benchmarks.md, "Cache layers").
/// </remarks>
public sealed class Database : IDisposable
{
    readonly string _connectionString;
    readonly long _timeLimitTicks;
    readonly long _facetTimeLimitTicks;
    const int SqliteInterrupt = 9; // SQLITE_INTERRUPT: the progress handler stopped a statement
    readonly Lazy<string> _datasetVersion;
    readonly ObjectPool<OpenConnection> _pool;
    readonly TextIndex? _text;
    // Totals, remembered: the database never changes while the service runs, so a count is computed
    // once per statement and parameters (bounded; the least recently used go first).
    readonly MemoryCache? _counts;

    /// <remarks>
    /// Given <paramref name="text"/>, a statement reaches the full-text index through
    /// <c>text_matches(resource, query)</c>: the keys of the resource's records matching a query, as a
    /// JSON array (<see cref="TextIndex.Matches"/>).
    /// </remarks>
    public Database(IOptions<DatabaseOptions> options, IOptions<QueryLimits> limits, IOptions<CacheLimits> cache, TextIndex? text = null)
    {
        _counts = cache.Value.CountEntries > 0 ? new(new MemoryCacheOptions { SizeLimit = cache.Value.CountEntries }) : null;
        _connectionString = new SqliteConnectionStringBuilder
        {
            // immutable: the file cannot change while the service runs (it is rebuilt only before
            // serving starts), so SQLite takes no file locks, a system call less per statement.
            DataSource = new UriBuilder { Scheme = "file", Path = Path.GetFullPath(options.Value.DatabasePath), Query = "immutable=1" }.Uri.AbsoluteUri,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false, // this class pools; a connection it drops is closed for good
        }.ToString();
        _text = text;
        _timeLimitTicks = limits.Value.QueryTicks;
        _facetTimeLimitTicks = limits.Value.FacetTicks;
        _datasetVersion = new(() =>
        {
            using var db = Open();
            return db.Keys("SELECT value FROM meta WHERE key = 'dataset_version'").Single();
        });
        // Connections are used synchronously, so few are out at once; more are opened when needed
        // and those beyond the retained number closed on return.
        _pool = new DefaultObjectPoolProvider { MaximumRetained = 4 * Environment.ProcessorCount }
            .Create(new ConnectionPolicy(_connectionString, text));
    }

    /// <summary>The version of the data set the database was built from (a digest of data/).</summary>
    public string DatasetVersion => _datasetVersion.Value;

    /// <summary>An open connection whose statements must finish within the time limit of their start; dispose it to give it back.</summary>
    public Lease Open()
    {
        var connection = _pool.Get();
        connection.Deadline.Restart(_timeLimitTicks);
        return new Lease(this, connection);
    }

    public void Dispose()
    {
        (_pool as IDisposable)?.Dispose();
        _counts?.Dispose();
    }

    /// <summary>A borrowed connection; dispose it to give it back.</summary>
    public readonly struct Lease(Database database, OpenConnection borrowed) : IDisposable
    {
        public void Dispose() => database._pool.Return(borrowed);

        /// <summary>The connection itself, for the tests of the pool.</summary>
        internal SqliteConnection Connection => borrowed.Connection;

        /// <summary>
        /// Every row, mapped by Dapper: columns to properties by name (snake_case to PascalCase), a value
        /// tuple by position; a column whose property is a list or an object holds JSON (<see cref="JsonColumns"/>).
        /// </summary>
        public List<T> Query<T>(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            var rows = new List<T>();
            using var command = borrowed.Command(sql, parameters);
            using var reader = command.ExecuteReader();
            var parse = reader.GetRowParser<T>();
            while (reader.Read()) rows.Add(parse(reader));
            return rows;
        }

        /// <summary>The first column of every row, as text: the keys of a page, in order.</summary>
        public List<string> Keys(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            var keys = new List<string>();
            using var command = borrowed.Command(sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read()) keys.Add(reader.GetString(0));
            return keys;
        }

        /// <summary>
        /// What <paramref name="count"/> reads, its statements under the facet time limit
        /// (<see cref="QueryLimits.FacetTimeLimitMilliseconds"/>) instead of the loan's; null when that
        /// limit passed first. The loan keeps what was left of its own limit for what follows.
        /// </summary>
        public T? WithinFacetTimeLimit<T>(Func<T> count) where T : class
        {
            var deadline = borrowed.Deadline;
            var loan = deadline.Begin(database._facetTimeLimitTicks);
            try
            {
                return count();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteInterrupt)
            {
                return null;
            }
            finally
            {
                deadline.End(loan);
            }
        }

        /// <summary>The keys of a resource's records matching a full-text query (its canonical text), in the resource's list order.</summary>
        public IReadOnlyList<string> TextMatches(string resource, string canonical) =>
            (database._text ?? throw new InvalidOperationException("This database was opened without a text index.")).Matches(resource, canonical).Keys;

        /// <summary>Every row, each column as text (or null): rows whose columns a declaration names.</summary>
        public List<string?[]> Rows(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            var rows = new List<string?[]>();
            using var command = borrowed.Command(sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                rows.Add(row);
            }
            return rows;
        }

        /// <summary>The integer the statement answers (a count): computed once per statement and parameters, then remembered.</summary>
        public int Count(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            var counts = database._counts;
            if (counts is null) return Scalar(sql, parameters);
            var key = new StringBuilder(sql);
            foreach (var (name, value) in parameters) key.Append('\n').Append(name).Append('=').Append(CultureInfo.InvariantCulture, $"{value}");
            var text = key.ToString();
            if (counts.TryGetValue(text, out int count)) return count;
            count = Scalar(sql, parameters);
            using var entry = counts.CreateEntry(text);
            entry.Size = 1;
            entry.Value = count;
            return count;
        }

        int Scalar(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            using var command = borrowed.Command(sql, parameters);
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A read-only connection with its statement deadline, opened once and reused.</summary>
    public sealed class OpenConnection : IDisposable
    {
        public OpenConnection(string connectionString, TextIndex? text)
        {
            Connection = new SqliteConnection(connectionString);
            Connection.Open();
            // Deterministic: SQLite calls it once per statement for the same arguments.
            if (text is not null) Connection.CreateFunction("text_matches", (string resource, string query) => text.Matches(resource, query).Json, isDeterministic: true);
            // SQLite calls the handler every 1000 virtual machine steps; a non-zero answer interrupts
            // the statement (SQLITE_INTERRUPT). Registered once; each loan restarts the deadline.
            raw.sqlite3_progress_handler(Connection.Handle, 1000, static state => ((StatementDeadline)state).Passed() ? 1 : 0, Deadline);
        }

        public SqliteConnection Connection { get; }
        internal StatementDeadline Deadline { get; } = new();

        /// <summary>A statement with its parameters, to run once and dispose.</summary>
        internal SqliteCommand Command(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            return command;
        }

        public void Dispose()
        {
            Connection.Dispose();
        }
    }

    /// <summary>
    /// The time limit of a loan's statements, counted from its first statement rather than from the
    /// loan: a request that waits its turn (a full CSV export) does not spend its budget waiting.
    /// </summary>
    internal sealed class StatementDeadline
    {
        long _limit;
        long _ends;

        public void Restart(long limitTicks)
        {
            _limit = limitTicks;
            _ends = 0;
        }

        /// <summary>Gives the statements that follow their own limit, from now; returns the loan's, for <see cref="End"/>.</summary>
        public (long Limit, long Ends) Begin(long limitTicks)
        {
            var loan = (_limit, _ends);
            _limit = limitTicks;
            _ends = Stopwatch.GetTimestamp() + limitTicks;
            return loan;
        }

        /// <summary>Gives the loan back the limit <see cref="Begin"/> set aside.</summary>
        public void End((long Limit, long Ends) loan) => (_limit, _ends) = loan;

        public bool Passed()
        {
            var now = Stopwatch.GetTimestamp();
            if (_ends == 0) _ends = now + _limit; // the first check of the loan's first statement
            return now > _ends;
        }
    }

    sealed class ConnectionPolicy(string connectionString, TextIndex? text) : IPooledObjectPolicy<OpenConnection>
    {
        public OpenConnection Create() => new(connectionString, text);
        public bool Return(OpenConnection connection) => true;
    }
}
