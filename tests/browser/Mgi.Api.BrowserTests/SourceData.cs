using System.Text.Json;

namespace Mgi.Api.BrowserTests;

/// <summary>The curated source data in data/, read directly: what the pages must show, known without the service.</summary>
public static class SourceData
{
    /// <summary>The ids of a profile's findings in one dimension and assessment, as data/profiles/{id}.json lists them.</summary>
    public static string[] FindingIds(string profile, int dimension, string assessment)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "profiles", profile + ".json")));
        return [.. document.RootElement.GetProperty("policies").EnumerateArray()
            .Where(p => p.GetProperty("dimension").GetInt32() == dimension && p.GetProperty("assessment").GetString() == assessment)
            .Select(p => p.GetProperty("id").GetString()!)];
    }
}
