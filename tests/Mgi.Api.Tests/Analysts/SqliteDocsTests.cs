using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Tests.Analysts;

/// <summary>
/// docs/sqlite.md, the download's documentation, stays equal to api/DataSet/Schema.sql (every table
/// and column documented, in the schema's order, and nothing documented that the schema lacks), and
/// its example queries work on the built file and give what the API gives.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class SqliteDocsTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();
    /// <summary>The tables FTS5 keeps each virtual table's data in.</summary>
    static readonly string[] ShadowSuffixes = ["_data", "_idx", "_docsize", "_config", "_content"];
    static readonly string DocPath = Path.Combine(RepositoryPaths.Root, "docs", "sqlite.md");

    [GeneratedRegex(@"^#{2,3} `([a-z0-9_]+)`$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^\| `([a-z0-9_]+)` \|")]
    private static partial Regex ColumnRow();

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    static (string Reference, string Examples) Doc()
    {
        var text = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var split = text.IndexOf("\n## Example queries", StringComparison.Ordinal);
        Assert.True(split > 0, "docs/sqlite.md has no '## Example queries' section");
        return (text[..split], text[split..]);
    }

    /// <summary>The tables and columns the page documents, in its order.</summary>
    static Dictionary<string, List<string>> Documented()
    {
        var tables = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in Doc().Reference.Split('\n'))
        {
            if (TableHeading().Match(line) is { Success: true } heading)
                tables.Add(heading.Groups[1].Value, current = []);
            else if (line.StartsWith('#'))
                current = null;
            else if (current is not null && ColumnRow().Match(line) is { Success: true } column)
                current.Add(column.Groups[1].Value);
        }
        return tables;
    }

    /// <summary>The tables Schema.sql creates and their columns, read from a database it alone builds; FTS5's shadow tables left out.</summary>
    static Dictionary<string, List<string>> Declared()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using (var create = db.CreateCommand())
        {
            create.CommandText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "api", "DataSet", "Schema.sql"));
            create.ExecuteNonQuery();
        }
        var all = Rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
        var virtualTables = all.Where(r => ((string)r[1]!).StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(r => (string)r[0]!).ToList();
        var shadows = virtualTables.SelectMany(v => ShadowSuffixes.Select(s => v + s)).ToHashSet();
        return all.Select(r => (string)r[0]!).Where(n => !shadows.Contains(n))
            .ToDictionary(n => n, n => Rows(db, $"SELECT name FROM pragma_table_info('{n}')").Select(c => (string)c[0]!).ToList());
    }

    static List<object?[]> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Every_table_and_column_of_the_schema_is_documented_and_nothing_else()
    {
        var declared = Declared();
        var documented = Documented();
        Assert.Contains("policies_fts", declared.Keys); // the virtual tables are part of it
        Assert.Equal(declared.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in declared)
            Assert.True(columns.SequenceEqual(documented[table]),
                $"docs/sqlite.md, table {table}: documents [{string.Join(", ", documented[table])}]; Schema.sql declares [{string.Join(", ", columns)}]");
    }

    /// <summary>The three example queries, in the page's order, run on the database the service built and serves.</summary>
    async Task<List<List<object?[]>>> Examples()
    {
        await _client.GetStringAsync("/health/ready"); // the shared server has built its database
        var queries = SqlBlock().Matches(Doc().Examples).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, queries.Count);
        using var db = new SqliteConnection($"Data Source={api.DatabasePath};Mode=ReadOnly;Pooling=False");
        db.Open();
        return queries.Select(q => Rows(db, q)).ToList();
    }

    [Fact]
    public async Task The_findings_example_gives_the_well_developed_findings_of_dimension_3_with_the_notes_the_api_gives()
    {
        var rows = (await Examples())[0];
        Assert.NotEmpty(rows);
        var findings = (await _client.Json("/v1/policies?dimension=3&assessment=well-developed&pageSize=500")).Items();
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Select(f => f.Str("id")), rows.Select(r => (string)r[0]!).Distinct());
        var notes = findings.SelectMany(f => f.GetProperty("footnotes").EnumerateArray().Select(n => (f.Str("id"), (long?)n.GetProperty("number").GetInt64(), n.Str("text"))));
        Assert.Equal(notes.Order(), rows.Where(r => r[2] is not null).Select(r => ((string)r[0]!, (long?)(long)r[2]!, (string)r[3]!)).Order());
    }

    [Fact]
    public async Task The_ratification_example_gives_the_conventions_the_api_says_are_not_ratified()
    {
        var rows = (await Examples())[1];
        Assert.NotEmpty(rows);
        var notRatified = (await _client.Json("/v1/jurisdictions/MEX/ratifications?pageSize=500")).Items()
            .Where(r => !r.GetProperty("ratified").GetBoolean()).Select(r => r.Str("conventionName")).ToList();
        Assert.NotEmpty(notRatified);
        Assert.Equal(notRatified.Order(), rows.Where(r => (string)r[0]! == "MEX").Select(r => (string)r[1]!).Order());
    }

    [Fact]
    public async Task The_full_text_example_finds_findings_the_api_search_finds_with_the_passage_marked()
    {
        var rows = (await Examples())[2];
        Assert.NotEmpty(rows);
        var found = (await _client.Json("/v1/policies?q=remittance&pageSize=500")).Items().Select(p => p.Str("id")).ToHashSet();
        Assert.All(rows, r =>
        {
            Assert.Contains((string)r[0]!, found);
            Assert.Matches(@"\[remittances?\]", ((string)r[2]!).ToLowerInvariant());
        });
    }
}
