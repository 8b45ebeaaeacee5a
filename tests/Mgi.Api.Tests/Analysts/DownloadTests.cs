using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Tests.Analysts;

/// <summary>The whole data set: the SQLite file and the Frictionless Data Package.</summary>
[Collection(SharedServer.Name)]
public sealed class DownloadTests(ApiFactory api) : IDisposable
{
    readonly HttpClient _client = api.CreateClient();
    readonly string _folder = Directory.CreateTempSubdirectory("mgi-downloads-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_sqlite_download_opens_and_answers_queries()
    {
        using var response = await _client.GetAsync("/v1/downloads/mgi.sqlite");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType!.MediaType);
        var version = response.Headers.GetValues("X-Dataset-Version").Single();
        Assert.Equal($"\"{version}-sqlite\"", response.Headers.ETag!.Tag);
        Assert.Equal($"mgi-{version}.sqlite", response.Content.Headers.ContentDisposition!.FileName);

        var path = Path.Combine(_folder, "mgi.sqlite");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        Assert.Equal(68, db.ExecuteScalar<int>("SELECT count(*) FROM policies"));
        Assert.Equal(1990, db.ExecuteScalar<int>("SELECT year FROM ratifications WHERE convention_code = 'crc-1989' AND jurisdiction_code = 'MEX'"));
        Assert.Equal(version, db.ExecuteScalar<string>("SELECT value FROM meta WHERE key = 'dataset_version'"));
        Assert.Equal("MEX-2022-3.1-03", db.ExecuteScalar<string>("SELECT p.id FROM policies_fts JOIN policies p ON p.rowid = policies_fts.rowid WHERE policies_fts MATCH 'bajio'"));
    }

    [Theory]
    [InlineData("/v1/downloads/mgi.sqlite")]
    [InlineData("/v1/downloads/datapackage.zip")]
    public async Task Downloads_revalidate_to_304_and_serve_ranges(string url)
    {
        using var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(0, 15);
        using var partial = await _client.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(16, (await partial.Content.ReadAsByteArrayAsync()).Length);

        using var outside = new HttpRequestMessage(HttpMethod.Get, url);
        outside.Headers.Range = new RangeHeaderValue(1_000_000_000, null);
        using var unsatisfiable = await _client.SendAsync(outside);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
        Assert.True(unsatisfiable.Headers.CacheControl!.NoStore, "a 416 must not be cached");
        Assert.Equal("public, max-age=300", partial.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("/v1/downloads/mgi.sqlite", "application/vnd.sqlite3")]
    [InlineData("/v1/downloads/datapackage.zip", "application/zip")]
    public async Task A_download_answers_an_accept_of_its_own_media_type(string url, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(mediaType);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_data_package_descriptor_matches_its_csvs()
    {
        using var response = await _client.GetAsync("/v1/downloads/datapackage.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var descriptor = JsonDocument.Parse(Read(zip, "datapackage.json")).RootElement;
        Assert.Equal("tabular-data-package", descriptor.Str("profile"));
        Assert.Equal(response.Headers.GetValues("X-Dataset-Version").Single(), descriptor.Str("version"));
        Assert.Equal("CC-BY-NC-ND-3.0-IGO", descriptor.GetProperty("licenses")[0].Str("name"));
        Assert.Contains("Migration Governance Indicators Profile 2022 – Mexico", descriptor.Str("citation"), StringComparison.Ordinal);

        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        var resources = descriptor.GetProperty("resources").EnumerateArray().ToList();
        var names = resources.Select(r => r.Str("name")).ToList();
        Assert.Equal(["conventions", "covid-responses", "dimensions", "footnotes", "indicators", "instruments", "jurisdictions", "policies", "profiles", "ratifications", "sources"],
            names.Order(StringComparer.Ordinal));
        // Each table comes after the tables its foreign keys refer to, so a loader can read them in order.
        foreach (var (resource, position) in resources.Select((r, i) => (r, i)))
            foreach (var foreignKey in resource.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray())
                if (foreignKey.GetProperty("reference").Str("resource") is { Length: > 0 } target)
                    Assert.True(names.IndexOf(target) < position, $"{resource.Str("name")} refers to {target}, which comes after it");
        foreach (var resource in resources)
        {
            var text = Read(zip, resource.Str("path"));
            var rows = CsvTests.Parse(text);
            tables[resource.Str("name")] = rows;
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().ToList();
            // Each declared field is a column, in order.
            Assert.Equal(fields.Select(f => f.Str("name")), text[..text.IndexOf('\r', StringComparison.Ordinal)].Split(','));
            foreach (var row in rows)
                foreach (var field in fields)
                {
                    var cell = row[field.Str("name")];
                    var required = field.TryGetProperty("constraints", out var c) && c.GetProperty("required").GetBoolean();
                    Assert.False(required && cell.Length == 0, $"{resource.Str("name")}.{field.Str("name")} is required");
                    if (cell.Length > 0) Assert.True(Parses(field.Str("type"), cell), $"{resource.Str("name")}.{field.Str("name")}: '{cell}' is not {field.Str("type")}");
                }
            var key = schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToList();
            var keys = rows.Select(r => string.Join("\u0001", key.Select(k => r[k]))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
        Assert.Equal(68, tables["policies"].Count);
        Assert.Equal(65, tables["sources"].Count);

        foreach (var resource in resources)
            foreach (var foreignKey in resource.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray())
            {
                var field = foreignKey.Str("fields");
                var target = foreignKey.GetProperty("reference").Str("resource");
                var targetTable = tables[target.Length == 0 ? resource.Str("name") : target];
                var targetKeys = targetTable.Select(r => r[foreignKey.GetProperty("reference").Str("fields")]).ToHashSet();
                foreach (var row in tables[resource.Str("name")].Where(r => r[field].Length > 0))
                    Assert.True(targetKeys.Contains(row[field]), $"{resource.Str("name")}.{field} = {row[field]} does not resolve in {target}");
            }
    }

    static bool Parses(string type, string cell) => type switch
    {
        "integer" => long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "number" => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        "boolean" => cell is "true" or "false",
        "string" => true,
        _ => false,
    };

    /// <summary>An entry of a downloaded zip, as text.</summary>
    internal static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}

/// <summary>The data package is prepared once the service has started, not by the request that first needs it.</summary>
public sealed class PackagePreparationTests
{
    [Fact]
    public async Task The_data_package_is_built_after_start_up_without_any_request_and_the_catalogue_gives_its_size()
    {
        using var server = new ApiFactory();
        var client = server.CreateClient(); // starts the service; nothing asks for the package
        var folder = Path.GetDirectoryName(server.DatabasePath)!;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string[] built;
        while ((built = Directory.GetFiles(folder, "datapackage-*.zip")).Length < 2 && waited.Elapsed < TimeSpan.FromSeconds(120))
            await Task.Delay(100);
        Assert.Equal(2, built.Length); // with and without the HXL row
        var plain = built.Single(f => !f.EndsWith("-hxl.zip", StringComparison.Ordinal));

        var catalog = await client.GetStringAsync("/v1/catalog");
        Assert.Contains($"\"{new FileInfo(plain).Length}\"", catalog, StringComparison.Ordinal);
    }
}
