using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;

namespace Mgi.Api.Tests.Client;

/// <summary>
/// What a new user of the package does: pack the client, reference it from a local folder (with a
/// packages folder of its own, so no cached copy stands in) in a netstandard2.0 library and a
/// net10.0 app, and run the app against a live server on loopback. The netstandard2.0 build is
/// also run itself, loaded beside the test.
/// </summary>
public sealed class PackageTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("mgi-package-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task The_packed_client_installs_from_a_folder_into_netstandard2_0_and_net10_0_and_talks_to_a_live_server()
    {
        var version = $"3.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var feed = Path.Combine(_folder, "feed");
        await Run("dotnet", $"pack \"{Path.Combine(RepositoryPaths.Root, "client-sdk", "Mgi.Client.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}", RepositoryPaths.Root);

        var package = Path.Combine(feed, $"Mgi.Client.{version}.nupkg");
        Assert.True(File.Exists(Path.Combine(feed, $"Mgi.Client.{version}.snupkg")), "no symbols package");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            foreach (var target in new[] { "netstandard2.0", "net10.0" })
            {
                Assert.Contains($"lib/{target}/Mgi.Client.dll", entries);
                Assert.Contains($"lib/{target}/Mgi.Client.xml", entries);
            }
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            Assert.DoesNotContain("NSwag", nuspec, StringComparison.Ordinal); // build-time only
            Assert.DoesNotContain("Generator", nuspec, StringComparison.Ordinal);
            // The repository is the git remote's, or none: never a URL made up in the build files.
            // A clone of a web repository names it; a clone of a local folder (or none) names no web address.
            var remote = (await Git("config --get remote.origin.url")).Trim();
            var repository = nuspec.Contains("<repository", StringComparison.Ordinal) ? nuspec.Split("<repository")[^1].Split("/>")[0] : "";
            if (Uri.TryCreate(remote, UriKind.Absolute, out var web) && web.Scheme is "http" or "https")
                Assert.Contains($"url=\"{remote}\"", repository, StringComparison.Ordinal);
            else
                Assert.DoesNotContain(" url=\"http", repository, StringComparison.Ordinal);
            zip.GetEntry("lib/netstandard2.0/Mgi.Client.dll")!.ExtractToFile(Path.Combine(_folder, "Mgi.Client.netstandard2.0.dll"));
        }

        var packages = Path.Combine(_folder, "packages");
        File.WriteAllText(Path.Combine(_folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{packages}" />
              </config>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var library = Path.Combine(_folder, "library");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, "library.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Mgi.Client" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // A library on netstandard2.0 walking a list with await foreach (LangVersion 8 or later, as the README says) and reading a CSV stream.
        File.WriteAllText(Path.Combine(library, "Findings.cs"), """
            using System.IO;
            using System.Threading.Tasks;
            using Mgi.Client;

            public static class Findings
            {
                public static async Task<int> CountAsync(IPoliciesClient policies, string profile)
                {
                    var count = 0;
                    await foreach (var _ in policies.ListPoliciesAsync(new ListPoliciesOptions { Profile = profile, Assessment = Assessment.FurtherDevelopment, PageSize = 5 })) count++;
                    return count;
                }

                public static async Task<int> CsvRowsAsync(IPoliciesClient policies, string profile)
                {
                    using var reader = new StreamReader(await policies.ListPoliciesCsvAsync(new ListPoliciesOptions { Profile = profile, Assessment = Assessment.FurtherDevelopment }));
                    var rows = 0;
                    while (await reader.ReadLineAsync() is not null) rows++;
                    return rows - 1;
                }
            }
            """);
        var app = Path.Combine(_folder, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Mgi.Client" Version="{version}" />
                <ProjectReference Include="../library/library.csproj" />
              </ItemGroup>
            </Project>
            """);
        // The README's first sample, as a new user would paste it, then the library's calls.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Mgi.Client;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddMgiClient(new Uri(args[0]));
            using var provider = services.BuildServiceProvider();
            var policies = provider.GetRequiredService<IPoliciesClient>();
            await foreach (var finding in policies.ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Dimension = 6, Assessment = Assessment.FurtherDevelopment }))
                Console.WriteLine($"{finding.Id} {finding.Title}");
            try { await policies.GetPolicyAsync("nope"); } catch (MgiApiException e) { Console.WriteLine(e.Message); }
            await foreach (var first in policies.ListPoliciesAsync(new ListPoliciesOptions { Profile = "MEX-2022", Assessment = Assessment.FurtherDevelopment }).AsPages())
            {
                Console.WriteLine($"walked {await Findings.CountAsync(policies, "MEX-2022")} of {first.Total}");
                break;
            }
            Console.WriteLine($"csv rows {await Findings.CsvRowsAsync(policies, "MEX-2022")}");
            """);
        // NUGET_PACKAGES (as CI caches set it) outranks a nuget.config's globalPackagesFolder: the
        // consumer's builds are given their own folder both ways.
        var consumer = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
        await Run("dotnet", "build -c Release", app, environment: consumer);
        Assert.True(Directory.Exists(Path.Combine(packages, "mgi.client", version)), "the package did not come from the test's own packages folder");

        using var server = new ApiFactory();
        var port = server.StartOnLoopback();
        var output = await Run("dotnet", $"run -c Release --no-build -- http://127.0.0.1:{port}/", app, environment: consumer);

        Assert.Contains("MEX-2022-6.2-01 National anti-trafficking programme still pending", output, StringComparison.Ordinal);
        Assert.Contains("MEX-2022-6.2-04", output, StringComparison.Ordinal);
        Assert.Contains("Not Found: No policy has the id 'nope'. (HTTP 404", output, StringComparison.Ordinal);
        var walked = System.Text.RegularExpressions.Regex.Match(output, @"walked (\d+) of (\d+)");
        Assert.True(walked.Success, output);
        Assert.Equal(walked.Groups[2].Value, walked.Groups[1].Value);
        Assert.Contains($"csv rows {walked.Groups[2].Value}", output, StringComparison.Ordinal);

        await TheNetStandardBuildRuns(packages, port);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("", "")]
    public async Task A_build_where_CI_is_set_is_a_continuous_integration_build(string ci, string expected)
    {
        var project = Path.Combine(RepositoryPaths.Root, "client-sdk", "Mgi.Client.csproj");
        var value = await Run("dotnet", $"msbuild \"{project}\" -getProperty:ContinuousIntegrationBuild -p:TargetFramework=net10.0", RepositoryPaths.Root,
            environment: new() { ["CI"] = ci, ["TF_BUILD"] = "" });
        Assert.Equal(expected, value.Trim());
    }

    /// <summary>
    /// The netstandard2.0 assembly of the package (what .NET Framework and older runtimes load),
    /// loaded on its own beside the test and called through reflection against the live server.
    /// </summary>
    async Task TheNetStandardBuildRuns(string packages, int port)
    {
        var context = new NetStandardContext(Path.Combine(_folder, "Mgi.Client.netstandard2.0.dll"), packages);
        try
        {
            await CallThroughNetStandard(context, port);
        }
        finally
        {
            context.Unload(); // its dependencies live in a folder this test deletes
        }
    }

    static async Task CallThroughNetStandard(NetStandardContext context, int port)
    {
        var assembly = context.LoadFromAssemblyName(new AssemblyName("Mgi.Client"));
        Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName);
        var options = Activator.CreateInstance(assembly.GetType("Mgi.Client.MgiClientOptions")!)!;
        options.GetType().GetProperty("BaseAddress")!.SetValue(options, new Uri($"http://127.0.0.1:{port}/"));
        var http = assembly.GetType("Mgi.Client.MgiHttpClient")!.GetMethod("Create")!.Invoke(null, [options, null]);
        var policies = Activator.CreateInstance(assembly.GetType("Mgi.Client.PoliciesClient")!, http)!;
        var get = (Task)policies.GetType().GetMethod("GetPolicyAsync")!.Invoke(policies, ["MEX-2022-1.2-01", CancellationToken.None])!;
        await get;
        var policy = get.GetType().GetProperty("Result")!.GetValue(get)!;
        Assert.Equal("well-developed", policy.GetType().GetProperty("Assessment")!.GetValue(policy)!.ToString());
        var missing = (Task)policies.GetType().GetMethod("GetPolicyAsync")!.Invoke(policies, ["nope", CancellationToken.None])!;
        var e = await Assert.ThrowsAnyAsync<Exception>(() => missing);
        Assert.Equal("Mgi.Client.MgiApiException", e.GetType().FullName);
        Assert.StartsWith("Not Found: No policy has the id 'nope'.", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Mgi.Client from the package's netstandard2.0 folder; its netstandard-only dependencies from the consumer's packages.</summary>
    sealed class NetStandardContext(string client, string packages) : AssemblyLoadContext("mgi-client-netstandard2.0", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name == "Mgi.Client") return LoadFromAssemblyPath(client);
            if (name.Name == "Microsoft.Bcl.AsyncInterfaces")
                return LoadFromAssemblyPath(Directory.GetFiles(Path.Combine(packages, "microsoft.bcl.asyncinterfaces"), "Microsoft.Bcl.AsyncInterfaces.dll", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "netstandard2.0")
                    .Single(f => AssemblyName.GetAssemblyName(f).Version == name.Version));
            return null; // the rest as the test has it
        }
    }

    static Task<string> Git(string arguments) => Run("git", arguments, RepositoryPaths.Root, allowFailure: true);

    static async Task<string> Run(string file, string arguments, string directory, bool allowFailure = false, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var errors = await stderr;
        if (allowFailure) return process.ExitCode == 0 ? output : "";
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}:\n{output}{errors}");
        return output + errors;
    }
}
