using Dapper;
using Mgi.Api.DataSet;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Tests.Build;

/// <summary>At start-up the database is built when missing and rebuilt when data/ changed.</summary>
public sealed class StartupBuildTests : IDisposable
{
    readonly SourceCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_missing_database_is_built_then_left_alone_while_the_sources_are_unchanged()
    {
        Assert.Equal(BuildOutcome.Built, DatabaseBuild.EnsureCurrent(_copy.Options));
        var written = File.GetLastWriteTimeUtc(_copy.DatabasePath);
        Assert.Equal(BuildOutcome.UpToDate, DatabaseBuild.EnsureCurrent(_copy.Options));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_copy.DatabasePath));
    }

    [Fact]
    public void A_changed_source_rebuilds_the_database_with_a_new_dataset_version()
    {
        DatabaseBuild.EnsureCurrent(_copy.Options);
        var before = Version();
        _copy.Edit("profiles/MEX-2022.json", p => p["policies"]![0]!["title"] = "Health care for everyone residing in Mexico");
        Assert.Equal(BuildOutcome.Rebuilt, DatabaseBuild.EnsureCurrent(_copy.Options));
        Assert.NotEqual(before, Version());
        using var db = new SqliteConnection($"Data Source={_copy.DatabasePath};Mode=ReadOnly;Pooling=False");
        Assert.Equal("Health care for everyone residing in Mexico", db.ExecuteScalar<string>("SELECT title FROM policies WHERE id = 'MEX-2022-1.2-01'"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported_not_overwritten()
    {
        File.WriteAllText(_copy.DatabasePath, "this is not a database, and it is long enough to have a header of sorts........");
        var e = Assert.Throws<DatabaseUnusableException>(() => DatabaseBuild.EnsureCurrent(_copy.Options));
        Assert.Contains(_copy.DatabasePath, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_has_the_full_text_tables_and_indexes()
    {
        DatabaseBuild.Run(_copy.Options);
        using var db = new SqliteConnection($"Data Source={_copy.DatabasePath};Mode=ReadOnly;Pooling=False");
        var names = db.Query<string>("SELECT name FROM sqlite_master").ToHashSet();
        Assert.Superset(new HashSet<string> { "policies_fts", "sources_fts", "footnotes_fts", "covid_responses_fts", "policies_order", "policy_indicators" }, names);
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT count(*) FROM policies_fts WHERE policies_fts MATCH '\"michoacan\"'"));
    }

    string Version()
    {
        using var db = new SqliteConnection($"Data Source={_copy.DatabasePath};Mode=ReadOnly;Pooling=False");
        return db.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'dataset_version'")!;
    }
}
