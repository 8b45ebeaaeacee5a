using System.Diagnostics;

namespace Mgi.Api.Tests.Analysts.JsonLd;

/// <summary>
/// jsonld.js (npm, pinned), installed once into a cache folder, run by Node on a document: the
/// JSON-LD processor a portal's harvester would use. Installs npm itself where it is missing.
/// </summary>
public static class JsonLdProcessor
{
    const string Version = "9.0.0";
    static readonly Lazy<string> Folder = new(Install);

    /// <summary>The document as N-Quads (one RDF statement per line); fails with the processor's message.</summary>
    public static string ToNQuads(string document)
    {
        var (exit, output, error) = Run("node", [Path.Combine(Folder.Value, "to-rdf.cjs")], document, Folder.Value);
        Assert.True(exit == 0, $"jsonld.js refused the document: {error}");
        return output;
    }

    static string Install()
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "mgi-tests", $"jsonld-{Version}");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Analysts", "JsonLd", "to-rdf.cjs"), Path.Combine(folder, "to-rdf.cjs"), overwrite: true);
        if (File.Exists(Path.Combine(folder, "node_modules", "jsonld", "package.json"))) return folder;
        if (Run("sh", ["-c", "command -v npm"], "", folder).Exit != 0)
            Assert.True(Run("sh", ["-c", "apt-get update -qq && apt-get install -y -qq npm"], "", folder).Exit == 0, "npm is missing and could not be installed");
        var (exit, _, error) = Run("npm", ["install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error", $"jsonld@{Version}"], "", folder);
        Assert.True(exit == 0, $"npm install jsonld@{Version} failed: {error}");
        return folder;
    }

    static (int Exit, string Output, string Error) Run(string file, string[] args, string input, string directory)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", $"{file} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
