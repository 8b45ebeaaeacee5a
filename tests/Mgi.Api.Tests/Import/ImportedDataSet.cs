using System.Text.Json.Nodes;
using Mgi.Api.Import;

namespace Mgi.Api.Tests.Import;

/// <summary>
/// A temporary data directory holding the repository's shared catalogues and nothing else, into
/// which a document is imported with the import command, as a curator would run it.
/// </summary>
public sealed class ImportedDataSet : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mgi-import-tests-").FullName;
    public string Data => Path.Combine(Folder, "data");
    public string DatabasePath => Path.Combine(Folder, "mgi.sqlite");
    public string Output { get; private set; } = "";
    public string Error { get; private set; } = "";

    public ImportedDataSet()
    {
        // The shared catalogues, and the schemas the build checks every data file against.
        foreach (var folder in new[] { "catalogue", "schema" })
        {
            Directory.CreateDirectory(Path.Combine(Data, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Data, folder), "*.json"))
                File.Copy(file, Path.Combine(Data, folder, Path.GetFileName(file)));
        }
    }

    /// <summary>The documents derived from the seed (tests/Mgi.Api.Tests/Import/Documents/README.md).</summary>
    public static string Document(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Mgi.Api.Tests", "Import", "Documents", name);

    /// <summary>Runs "import DOCUMENT --data DIR [more]" and answers its exit code.</summary>
    public int Import(string document, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ImportCommand.Run([document, "--data", Data, .. more], output, error);
        (Output, Error) = (output.ToString(), error.ToString());
        return code;
    }

    public string ProfilePath(string id) => Path.Combine(Data, "profiles", id + ".json");

    public JsonObject Profile(string id) => JsonNode.Parse(File.ReadAllText(ProfilePath(id)))!.AsObject();

    /// <summary>Adds a jurisdiction to this data set's catalogue (data/README.md, step 1).</summary>
    public void AddJurisdiction(string code, string name, string? iso2, int? m49)
    {
        var path = Path.Combine(Data, "catalogue", "jurisdictions.json");
        var catalogue = JsonNode.Parse(File.ReadAllText(path))!;
        catalogue["jurisdictions"]!.AsArray().Add(new JsonObject { ["code"] = code, ["name"] = name, ["level"] = "national", ["parentCode"] = null, ["iso2"] = iso2, ["m49"] = m49 });
        File.WriteAllText(path, catalogue.ToJsonString());
    }

    /// <summary>What the curator does after the review list: a title for each finding and a topic for each COVID-19 answer (ours, and marked so).</summary>
    public void FillCuratorialFields(string id)
    {
        var profile = Profile(id);
        foreach (var policy in profile["policies"]!.AsArray()) policy!["title"] = $"Test title of {policy["id"]}";
        foreach (var answer in profile["covidResponses"]!.AsArray()) answer!["topic"] = "test-topic";
        File.WriteAllText(ProfilePath(id), profile.ToJsonString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The service in-process on an imported data set.</summary>
public sealed class ImportedServer(string data) : ApiFactory(new() { ["Mgi:DataDirectory"] = data });
