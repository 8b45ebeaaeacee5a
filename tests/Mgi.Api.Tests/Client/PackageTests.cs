using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace Mgi.Api.Tests.Client;

/// <summary>
/// What a new user of the package does: pack the client, reference it from a local folder in a
/// throwaway console project, and run that against a live server on loopback.
/// </summary>
public sealed class PackageTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("mgi-package-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task The_packed_client_installs_from_a_folder_and_talks_to_a_live_server()
    {
        // A version of its own, so no earlier package in the NuGet cache stands in for this one.
        var version = $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var feed = Path.Combine(_folder, "feed");
        await Run("dotnet", $"pack \"{Path.Combine(RepositoryPaths.Root, "client-sdk", "Mgi.Client.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}", RepositoryPaths.Root);

        var package = Path.Combine(feed, $"Mgi.Client.{version}.nupkg");
        Assert.True(File.Exists(Path.Combine(feed, $"Mgi.Client.{version}.snupkg")), "no symbols package");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/Mgi.Client.dll", entries);
            Assert.Contains("lib/net10.0/Mgi.Client.xml", entries);
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\" url=\"https://", nuspec, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        }

        var app = Path.Combine(_folder, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Mgi.Client" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The five lines of the package README, as a new user would paste them.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Mgi.Client;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection().AddMgiClient(new Uri(args[0])).BuildServiceProvider();
            var policies = services.GetRequiredService<IPoliciesClient>();
            var page = await policies.ListPoliciesAsync(profile: "MEX-2022", dimension: 6, assessment: Assessment.FurtherDevelopment);
            foreach (var finding in page.Items) Console.WriteLine($"{finding.Id} {finding.Title}");
            try { await policies.GetPolicyAsync("nope"); } catch (MgiApiException e) { Console.WriteLine($"{e.StatusCode}: {e.Problem?.Detail}"); }
            """);
        await Run("dotnet", "build -c Release", app);

        using var server = new ApiFactory();
        var port = server.StartOnLoopback();
        var output = await Run("dotnet", $"run -c Release --no-build -- http://127.0.0.1:{port}/", app);

        Assert.Contains("MEX-2022-6.2-01 National anti-trafficking programme still pending", output, StringComparison.Ordinal);
        Assert.Contains("MEX-2022-6.2-04", output, StringComparison.Ordinal);
        Assert.Contains("404: No policy has the id 'nope'.", output, StringComparison.Ordinal);
    }


    static async Task<string> Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}:\n{output}");
        return output;
    }
}
