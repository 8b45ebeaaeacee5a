using System.Net;
using System.Net.Sockets;
using Mgi.Api.Tests.Build;

namespace Mgi.Api.Tests.Reliability;

/// <summary>
/// The service as an operator starts it (its own process), with a broken environment: each fault
/// either heals (a missing database is rebuilt) or stops start-up with one clear line on stderr, a
/// non-zero exit and nothing served.
/// </summary>
public sealed class StartupFaultTests : IDisposable
{
    readonly SourceCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    static async Task AssertNothingListens(int port)
    {
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    /// <summary>Start-up stops: the exit code, one clear line on stderr (no stack trace), nothing served. Returns stderr.</summary>
    static async Task<string> AssertStopsAsync(ServiceProcess service, int expectedCode)
    {
        var (code, error, _) = await service.ExitAsync();
        Assert.Equal(expectedCode, code);
        Assert.Contains("mgi-api: cannot start: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        await AssertNothingListens(service.Port);
        return error;
    }

    [Fact]
    public async Task A_missing_database_is_built_from_data_and_served()
    {
        Assert.False(File.Exists(_copy.DatabasePath));
        using var service = new ServiceProcess(_copy);
        Assert.True(await service.ReadyAsync(), "the service did not become ready");
        Assert.True(File.Exists(_copy.DatabasePath));
        using var http = new HttpClient();
        Assert.Contains("MEX-2022", await http.GetStringAsync($"http://127.0.0.1:{service.Port}/v1/profiles/MEX-2022"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_start_up_with_a_clear_error()
    {
        File.WriteAllText(_copy.DatabasePath, new string('x', 8192));
        using var service = new ServiceProcess(_copy);
        var error = await AssertStopsAsync(service, 1);
        Assert.Contains($"mgi-api: cannot start: The database '{_copy.DatabasePath}' cannot be used", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_with_damaged_pages_stops_start_up_with_a_clear_error()
    {
        Mgi.Api.DataSet.DatabaseBuild.Run(_copy.Options);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(_copy.DatabasePath);
        // Keep the header and the first pages (schema, meta) readable; scramble the rest.
        var random = new Random(7);
        for (var i = 16 * 4096; i < bytes.Length; i++) bytes[i] = (byte)random.Next(256);
        File.WriteAllBytes(_copy.DatabasePath, bytes);
        using var service = new ServiceProcess(_copy);
        Assert.Contains("cannot be used", await AssertStopsAsync(service, 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_without_a_column_the_lists_read_stops_start_up_with_a_clear_error()
    {
        // Its pages are sound and it records the current sources, so it is neither rebuilt nor
        // refused by the integrity check: reading the lists at start-up is what finds it unusable.
        Mgi.Api.DataSet.DatabaseBuild.Run(_copy.Options);
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_copy.DatabasePath};Pooling=False"))
        {
            db.Open();
            using var drop = db.CreateCommand();
            drop.CommandText = "ALTER TABLE sources DROP COLUMN english_title";
            drop.ExecuteNonQuery();
        }
        using var service = new ServiceProcess(_copy);
        var error = await AssertStopsAsync(service, 1);
        Assert.Contains($"mgi-api: cannot start: The database '{_copy.DatabasePath}' cannot be used: ", error, StringComparison.Ordinal);
        Assert.Contains("english_title", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_database_stops_start_up_with_a_clear_error()
    {
        Mgi.Api.DataSet.DatabaseBuild.Run(_copy.Options);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Environment.UserName == "root")
        {
            // Permission bits do not stop root: put something unopenable where the file is.
            File.Delete(_copy.DatabasePath);
            Directory.CreateDirectory(_copy.DatabasePath);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_copy.DatabasePath, UnixFileMode.None);
        }
        using var service = new ServiceProcess(_copy);
        await AssertStopsAsync(service, 1);
    }

    [Fact]
    public async Task A_malformed_source_names_file_record_and_field_and_leaves_the_good_database_alone()
    {
        Mgi.Api.DataSet.DatabaseBuild.Run(_copy.Options);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(_copy.DatabasePath);
        _copy.Edit("profiles/MEX-2022.json", p => p["footnotes"]![12]!["urls"] = new System.Text.Json.Nodes.JsonArray("not a url"));
        using var service = new ServiceProcess(_copy);
        var error = await AssertStopsAsync(service, 1);
        Assert.Contains("data/profiles/MEX-2022.json: footnotes[12] (number 13): urls[0]: \"not a url\": ", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_copy.DatabasePath));
    }

    [Fact]
    public async Task A_port_already_in_use_stops_start_up_with_a_clear_error()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        using var service = new ServiceProcess(_copy, port);
        var (code, error, _) = await service.ExitAsync();
        Assert.Equal(2, code);
        Assert.Contains($"mgi-api: cannot start: Failed to bind to address http://127.0.0.1:{port}: address already in use.", error, StringComparison.Ordinal);
        Assert.Contains("--urls", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_catalogue_publisher_url_that_is_not_http_stops_start_up_naming_the_key()
    {
        using var service = new ServiceProcess(_copy, environment: new Dictionary<string, string>
        {
            ["Mgi__Catalog__Publisher__Name"] = "Example Data Office",
            ["Mgi__Catalog__Publisher__Url"] = "ftp://data.example.org/",
        });
        var error = await AssertStopsAsync(service, 1);
        Assert.Contains("Mgi:Catalog:Publisher:Url must be an absolute http or https URL; 'ftp://data.example.org/' is not.", error, StringComparison.Ordinal);
    }
}
