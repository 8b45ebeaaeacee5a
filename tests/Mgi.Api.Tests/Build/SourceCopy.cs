using System.Text.Json.Nodes;

namespace Mgi.Api.Tests.Build;

/// <summary>A private copy of data/ that a test may break, and a database path beside it.</summary>
public sealed class SourceCopy : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mgi-build-tests-").FullName;
    public string Data => Path.Combine(Folder, "data");
    public string DatabasePath => Path.Combine(Folder, "mgi.sqlite");

    public SourceCopy()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Data, Path.GetRelativePath(RepositoryPaths.Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public Api.DataSet.DatabaseOptions Options => new() { DataDirectory = Data, DatabasePath = DatabasePath };

    /// <summary>Edits one source file as a JSON tree.</summary>
    public void Edit(string relativePath, Action<JsonNode> edit)
    {
        var path = Path.Combine(Data, relativePath);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        edit(node);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Data, relativePath), text);

    /// <summary>Files the build left in the folder besides data/ (a half-built database would show here).</summary>
    /// <summary>Builds the copy, which must fail: the failure, with nothing left behind.</summary>
    public Api.DataSet.DataSetException BuildFails()
    {
        var error = Assert.Throws<Api.DataSet.DataSetException>(() => Api.DataSet.DatabaseBuild.Run(Options));
        Assert.Empty(LeftOvers());
        return error;
    }

    public IReadOnlyList<string> LeftOvers() =>
        Directory.GetFiles(Folder).Select(Path.GetFileName).ToList()!;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
