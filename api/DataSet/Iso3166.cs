namespace Mgi.Api.DataSet;

/// <summary>
/// The ISO 3166-1 alpha-3 country codes with their short names (Iso3166.tsv, embedded): what an
/// agreement's counterparties are checked against, and how they read. No package the NuGet mirror
/// serves carries the list (looked for ISO 3166 and country-list packages), and the service runs
/// with invariant globalization (no ICU regions): a copy of Debian's iso-codes list is kept instead.
/// </summary>
public static class Iso3166
{
    public static readonly IReadOnlyDictionary<string, string> Alpha3 = Read();

    static Dictionary<string, string> Read()
    {
        using var stream = typeof(Iso3166).Assembly.GetManifestResourceStream("Mgi.Api.DataSet.Iso3166.tsv")
            ?? throw new InvalidOperationException("Iso3166.tsv is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            codes.Add(line[..tab], line[(tab + 1)..]);
        }
        return codes;
    }
}
