using System.Text.RegularExpressions;

namespace Mgi.Api.Tests.Build;

/// <summary>
/// Every repository path README.md, data/README.md and docs/*.md name exists: a relative link, or a
/// file or folder in backticks (api/DataSet/Schema.sql; `Http/ApiPaths.cs`, the end of a path; a
/// bare `ResponseStore.cs` anywhere). Placeholders (&lt;Area&gt;, *.json, {id}), URL paths (/v1/…) and
/// the names of files the service writes (mgi.sqlite) are not repository paths.
/// </summary>
public sealed partial class DocPathsTests
{
    static readonly string[] Extensions = [".cs", ".md", ".json", ".sql", ".sh", ".props", ".razor", ".csproj", ".sln", ".yaml", ".yml", ".txt", ".css", ".js", ".ttl", ".template"];

    /// <summary>A bare name is a repository file only with a source's extension: policies.csv or mgi.sqlite name what the service writes.</summary>
    static readonly string[] SourceExtensions = [".cs", ".razor", ".sql", ".sh", ".csproj", ".props", ".md", ".template"];

    static readonly string[] TopFolders = ["api", "data", "docs", "tests", "client-sdk", "deploy", ".ci"];


    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "README.md", "data/README.md" };
        foreach (var doc in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order())
            data.Add("docs/" + Path.GetFileName(doc));
        return data;
    }

    /// <summary>Every file and folder of the repository, as a path from its root (less build output).</summary>
    static List<string> AllPaths()
    {
        var root = RepositoryPaths.Root;
        return [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.StartsWith("/.git/", StringComparison.Ordinal))];
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_repository_path_a_document_names_exists(string document)
    {
        var root = RepositoryPaths.Root;
        var folder = Path.GetDirectoryName(Path.Combine(root, document))!;
        var text = File.ReadAllText(Path.Combine(root, document));
        var missing = new List<string>();
        var paths = new Lazy<List<string>>(AllPaths);

        foreach (Match link in Link().Matches(text))
        {
            var target = link.Groups["target"].Value.Split('#')[0];
            if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith('/')) continue;
            if (!Exists(Path.Combine(folder, target))) missing.Add($"link ({target})");
        }

        foreach (Match code in Code().Matches(text))
        {
            var path = code.Groups["path"].Value.TrimEnd('.', ',', ':');
            if (path.IndexOfAny(['<', '>', '*', '{', '}', ' ', '=', '?', '&', '$', '@']) >= 0 || path.StartsWith('/') || path.Contains("://", StringComparison.Ordinal)) continue;
            var isFile = (path.Contains('/') ? Extensions : SourceExtensions).Any(e => path.EndsWith(e, StringComparison.Ordinal));
            var isFolder = path.EndsWith('/') && TopFolders.Contains(path.Split('/')[0]);
            if (!isFile && !isFolder) continue;
            // From the repository's root, or the end of a path in it (`Http/ApiPaths.cs` in api/, `Program.cs` anywhere).
            var found = Exists(Path.Combine(root, path)) || Exists(Path.Combine(folder, path))
                || paths.Value.Any(p => p.EndsWith("/" + path.TrimEnd('/'), StringComparison.Ordinal));
            if (!found) missing.Add($"`{path}`");
        }
        Assert.True(missing.Count == 0, $"{document} names paths that do not exist: {string.Join(", ", missing.Distinct())}");
    }

    static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`(?<path>[^`\n]+)`")]
    private static partial Regex Code();
}
