using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mgi.Api.Tests;

/// <summary>
/// The real service in-process, on a database built at start-up from the repository's data/
/// into a private temporary file (the service's own start-up path, not a test shortcut).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    readonly string _folder = Directory.CreateTempSubdirectory("mgi-api-tests-").FullName;
    readonly Dictionary<string, string?> _settings;

    public ApiFactory() : this([]) { }

    /// <param name="settings">Configuration for this server, over the defaults below.</param>
    protected ApiFactory(Dictionary<string, string?> settings)
    {
        _settings = new()
        {
            ["Mgi:DataDirectory"] = RepositoryPaths.Data,
            ["Mgi:DatabasePath"] = DatabasePath,
            // The suites send hundreds of requests from one address; their own limit, by configuration.
            ["Mgi:Http:RateLimit:TokenLimit"] = "1000000",
            ["Mgi:Http:RateLimit:TokensPerPeriod"] = "1000000",
        };
        foreach (var (key, value) in settings) _settings[key] = value;
    }

    public string DatabasePath => Path.Combine(_folder, "mgi.sqlite");

    /// <summary>Serves on real Kestrel at a free loopback port instead of the in-memory test server.</summary>
    public int StartOnLoopback()
    {
        var port = Loopback.FreePort();
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        return port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Loopback ports for tests that run servers of their own.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Where the repository's folders are, found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();
    public static string Data => Path.Combine(Root, "data");

    /// <summary>The source document of the Mexico 2022 profile: the repository's own copy (data/sources/).</summary>
    public static string SeedProfile => Path.Combine(Data, "sources", "mgi-profile-2022-mexico.md");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return dir.FullName;
        throw new InvalidOperationException("Mgi.Api.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Reading responses as JSON documents, the way an integrator without our types would.</summary>
public static class ResponseReading
{
    public static async Task<JsonElement> Json(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> Problem(this HttpClient client, string url, int expectedStatus)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(expectedStatus, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The names of the parameters a problem's errors point at.</summary>
    public static IReadOnlyList<string> ErrorNames(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
