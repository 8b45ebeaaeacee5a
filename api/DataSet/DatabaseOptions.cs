namespace Mgi.Api.DataSet;

/// <summary>Configuration section "Mgi": where the sources and the built database live.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Mgi";

    /// <summary>The curated sources. Default: the copy of data/ shipped beside the service.</summary>
    public string DataDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The SQLite file built from the sources. Default: mgi.sqlite beside the service.</summary>
    public string DatabasePath { get; set; } = Path.Combine(AppContext.BaseDirectory, "mgi.sqlite");
}
