using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>
/// <c>Mgi.Api import DOCUMENT.md [--id PROFILE_ID] [--out DIR] [--data DIR]</c>: reads a profile
/// document and writes its data file, &lt;id&gt;.json, into DIR (default: the data directory's
/// profiles/), with the curatorial fields left empty; prints what it skipped and the review list.
/// The data directory (default: data/ of the repository around the current directory) gives the
/// catalogues the document's jurisdiction and conventions are found in.
/// Exit code 0 when written; 1 when the document departs from the layout (line and what was
/// expected) or the file exists; 2 for a usage error. Nothing is written unless the whole document was read.
/// </summary>
public static class ImportCommand
{
    const string Usage = "Usage: Mgi.Api import DOCUMENT.md [--id PROFILE_ID] [--out DIR] [--data DIR]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? document = null, id = null, outDir = null, dataDir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--id" when i + 1 < args.Length: id = args[++i]; break;
                case "--out" when i + 1 < args.Length: outDir = args[++i]; break;
                case "--data" when i + 1 < args.Length: dataDir = args[++i]; break;
                case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && document is null: document = arg; break;
                default:
                    error.WriteLine($"import: unknown argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }
        if (document is null) { error.WriteLine($"import: which document? {Usage}"); return 2; }
        var root = RepositoryRoot();
        document = Resolve(document, root);
        outDir = outDir is null ? null : Resolve(outDir, root);
        dataDir = dataDir is null ? (root is null ? null : Path.Combine(root, "data")) : Resolve(dataDir, root);
        if (!File.Exists(document)) { error.WriteLine($"import: {document}: no such file"); return 2; }
        if (dataDir is null) { error.WriteLine($"import: no data/ found above {Environment.CurrentDirectory}; pass --data DIR. {Usage}"); return 2; }

        var watch = Stopwatch.StartNew();
        ImportResult result;
        try
        {
            var conventions = ReadCatalogue(dataDir, "conventions.json", SourceJson.Default.ConventionsFile).Conventions;
            var jurisdictions = ReadCatalogue(dataDir, "jurisdictions.json", SourceJson.Default.JurisdictionsFile).Jurisdictions;
            result = ProfileReader.Read(File.ReadAllText(document), conventions, jurisdictions, id);
        }
        catch (LayoutException e)
        {
            error.WriteLine($"import: {document}: {e.Message}");
            error.WriteLine("import: the document departs from the layout of an MGI profile (data/README.md); nothing was written");
            return 1;
        }
        catch (Exception e) when (e is ArgumentException or IOException or JsonException)
        {
            error.WriteLine($"import: {e.Message}");
            return e is ArgumentException ? 2 : 1;
        }

        var profile = result.Profile;
        var target = Path.Combine(outDir ?? Path.Combine(dataDir, "profiles"), profile.Id + ".json");
        if (File.Exists(target))
        {
            error.WriteLine($"import: {target} exists; an import would overwrite its curation. Move it away first, or write elsewhere with --out");
            return 1;
        }
        Write(profile, target);
        var elapsed = watch.ElapsedMilliseconds;

        output.WriteLine($"imported {document} into {target} in {elapsed} ms");
        output.WriteLine($"  {profile.Policies!.Count} findings, {profile.CovidResponses!.Count} COVID-19 answers, {profile.Footnotes!.Count} notes, " +
            $"{profile.Sources!.Count} key sources, {profile.Ratifications!.Count} ratifications, introduction {(profile.Introduction is null ? "none" : "kept")}");
        result.Report.WriteTo(output);
        output.WriteLine("next: fill the curatorial fields, then 'dotnet run --project api -- build' and 'dotnet test Mgi.Api.sln' (data/README.md)");
        return 0;
    }

    /// <summary>The file as the curated ones are written: "$schema" first, indented, characters as they are.</summary>
    public static string ToJson(ProfileSource profile)
    {
        var tree = JsonSerializer.SerializeToNode(profile, SourceJson.Default.ProfileSource)!.AsObject();
        var ordered = new JsonObject { ["$schema"] = tree["$schema"]!.DeepClone() };
        foreach (var (name, value) in tree)
            if (name != "$schema" && !(name == "referencedBy" && value is null)) ordered[name] = value?.DeepClone();
        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Written beside the target and moved into place: never a half-written file.</summary>
    static void Write(ProfileSource profile, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = target + ".importing";
        File.WriteAllText(temporary, ToJson(profile));
        File.Move(temporary, target);
    }

    static T ReadCatalogue<T>(string dataDir, string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var path = Path.Combine(dataDir, "catalogue", file);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, type) ?? throw new JsonException($"{path} holds null");
    }

    /// <summary>The repository the current directory is in (where Mgi.Api.sln is).</summary>
    static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// A relative path that is not there from the current directory is read from the repository's
    /// root: "dotnet run --project api" starts the command in api/, while the curator typed the path
    /// from the root (as the guide does).
    /// </summary>
    static string Resolve(string path, string? root) =>
        Path.IsPathRooted(path) || root is null || Path.Exists(path) ? path : Path.Combine(root, path);
}
