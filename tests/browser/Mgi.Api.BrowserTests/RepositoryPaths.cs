namespace Mgi.Api.BrowserTests;

/// <summary>Folders of the repository, found from the test's build output.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Mgi.Api.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where screenshots go (git ignores artifacts/): MGI_SCREENSHOTS, else artifacts/screenshots/.</summary>
    public static string Screenshots { get; } =
        Environment.GetEnvironmentVariable("MGI_SCREENSHOTS") is { Length: > 0 } folder ? Path.GetFullPath(folder)
        : Path.Combine(Root, "artifacts", "screenshots");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Mgi.Api.sln not found above " + AppContext.BaseDirectory);
    }
}
