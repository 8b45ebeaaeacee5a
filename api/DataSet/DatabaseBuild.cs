using Dapper;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.DataSet;

/// <summary>What a build or a start-up check did.</summary>
public enum BuildOutcome { UpToDate, Built, Rebuilt, NoSources }

/// <summary>
/// Keeps the database in step with data/: builds it when it is missing, rebuilds it when the
/// sources changed (their digest differs from the one the database records), else leaves it be.
/// </summary>
public static class DatabaseBuild
{
    /// <summary>Builds unconditionally: the explicit "build" command.</summary>
    public static SourceData Run(DatabaseOptions options)
    {
        var data = SourceLoader.Load(options.DataDirectory);
        DatabaseWriter.Write(data, options.DatabasePath);
        return data;
    }

    /// <summary>The start-up check: build only when missing or stale.</summary>
    public static BuildOutcome EnsureCurrent(DatabaseOptions options)
    {
        if (Directory.Exists(options.DatabasePath))
            throw new DatabaseUnusableException(options.DatabasePath, "it is a directory, not a database file");
        var exists = File.Exists(options.DatabasePath);
        if (!Directory.Exists(options.DataDirectory))
        {
            // A deployment may ship the database alone; without sources there is nothing to compare.
            if (exists) return BuildOutcome.NoSources;
            throw new DataSetException(options.DataDirectory, "-", "-", "neither the database nor its data directory exists");
        }

        if (exists && ReadSourceHash(options.DatabasePath) == SourceLoader.Hash(options.DataDirectory))
            return BuildOutcome.UpToDate;

        try
        {
            Run(options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnusableException(options.DatabasePath, $"it cannot be written: {e.Message}");
        }
        return exists ? BuildOutcome.Rebuilt : BuildOutcome.Built;
    }

    /// <summary>
    /// Checks that the database opens read-only and that SQLite finds its pages sound
    /// (PRAGMA quick_check), so that a damaged file stops start-up rather than failing requests.
    /// </summary>
    public static void Check(string databasePath)
    {
        try
        {
            using var db = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            db.Open();
            var problems = db.Query<string>("PRAGMA quick_check").ToList();
            if (problems is not ["ok"]) throw new DatabaseUnusableException(databasePath, "it is corrupt: " + string.Join("; ", problems.Take(3)));
            db.ExecuteScalar<long>("SELECT count(*) FROM policies");
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException(databasePath, e.Message);
        }
    }

    /// <summary>The digest recorded at build time; a file that is not a database of ours is an error, not a rebuild.</summary>
    public static string ReadSourceHash(string databasePath)
    {
        try
        {
            using var db = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            db.Open();
            return db.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'source_hash'")
                ?? throw new DatabaseUnusableException(databasePath, "it records no source digest");
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException(databasePath, e.Message);
        }
    }
}

/// <summary>The database file exists but cannot be used: corrupt, unreadable or not ours.</summary>
public sealed class DatabaseUnusableException(string path, string reason)
    : Exception($"The database '{path}' cannot be used: {reason}. Delete it to rebuild it from data/.");
