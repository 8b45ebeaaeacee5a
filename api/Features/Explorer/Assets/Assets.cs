namespace Mgi.Api.Features.Explorer.Shared;

/// <summary>The explorer's own static files, embedded in the service (no other host is ever asked).</summary>
public static class ExplorerAssets
{
    public const string Folder = Http.ApiPaths.Explore + "/assets";
    public const string StyleSheet = Folder + "/site.css";
    public const string CopyScript = Folder + "/copy.js";
}
