using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Mgi.Api.Text;

namespace Mgi.Api.DataSet;

/// <summary>
/// Reads every file of data/ and checks it, so that the database is only ever written from
/// sources that are whole and consistent. Layout: catalogue/{dimensions,indicators,conventions,
/// jurisdictions}.json, one profiles/&lt;id&gt;.json per profile and one instruments/&lt;jurisdiction&gt;.json
/// per jurisdiction whose findings name instruments.
/// </summary>
public static partial class SourceLoader
{
    public static SourceData Load(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
            throw new DataSetException(dataDirectory, "-", "-", "the data directory does not exist");

        var dimensions = Read(dataDirectory, "catalogue/dimensions.json", SourceJson.Default.DimensionsFile).Dimensions;
        var indicators = Read(dataDirectory, "catalogue/indicators.json", SourceJson.Default.IndicatorsFile).Indicators;
        var conventions = Read(dataDirectory, "catalogue/conventions.json", SourceJson.Default.ConventionsFile).Conventions;
        var jurisdictions = Read(dataDirectory, "catalogue/jurisdictions.json", SourceJson.Default.JurisdictionsFile).Jurisdictions;

        var profiles = ReadEach(dataDirectory, ProfileFiles(dataDirectory), SourceJson.Default.ProfileSource);
        var instruments = ReadEach(dataDirectory, InstrumentFiles(dataDirectory), SourceJson.Default.InstrumentsFile);

        var catalogue = new Catalogue(dimensions, indicators, conventions, jurisdictions);
        catalogue.Check();
        ProfileChecks.Check(profiles, catalogue);
        InstrumentChecks.Check(instruments, profiles, catalogue);

        return new SourceData(dimensions, indicators, conventions, jurisdictions,
            profiles.Select(p => p.Value).ToList(), instruments.Select(i => i.Value).ToList(), Hash(dataDirectory));
    }

    /// <summary>
    /// A digest of every source file (path and bytes) and of the schema they are built into. The
    /// database records it, so a database built from other sources, or by an older schema, is
    /// recognised as stale whatever the file times say.
    /// </summary>
    public static string Hash(string dataDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(DatabaseWriter.SchemaSql()));
        foreach (var path in SourceFiles(dataDirectory))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Relative(dataDirectory, path) + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    static readonly string[] CatalogueFiles =
        ["catalogue/dimensions.json", "catalogue/indicators.json", "catalogue/conventions.json", "catalogue/jurisdictions.json"];

    static IEnumerable<string> SourceFiles(string dataDirectory) =>
        CatalogueFiles
            .Select(f => Path.Combine(dataDirectory, f))
            .Where(File.Exists)
            .Concat(ProfileFiles(dataDirectory))
            .Concat(InstrumentFiles(dataDirectory));

    static List<string> ProfileFiles(string dataDirectory) => JsonFiles(dataDirectory, "profiles");

    static List<string> InstrumentFiles(string dataDirectory) => JsonFiles(dataDirectory, "instruments");

    static List<string> JsonFiles(string dataDirectory, string folderName)
    {
        var folder = Path.Combine(dataDirectory, folderName);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
    }

    static string Relative(string dataDirectory, string path) =>
        Path.GetRelativePath(dataDirectory, path).Replace('\\', '/');

    /// <summary>Each file of a folder read, with its path relative to data/ (for messages).</summary>
    static List<(string File, T Value)> ReadEach<T>(string dataDirectory, List<string> paths, JsonTypeInfo<T> type) =>
        paths.Select(path => Relative(dataDirectory, path)).Select(file => (file, Read(dataDirectory, file, type))).ToList();

    static T Read<T>(string dataDirectory, string relative, JsonTypeInfo<T> type)
    {
        var path = Path.Combine(dataDirectory, relative);
        var file = "data/" + relative;
        if (!File.Exists(path)) throw new DataSetException(file, "-", "-", "the file is missing");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type)
                ?? throw new DataSetException(file, "-", "-", "the file holds null");
        }
        catch (JsonException e)
        {
            // e.Path is like "$.policies[3].text": the record is the array element, the field its member.
            var (record, field) = SplitPath(e.Path);
            // A missing required member is reported on its object; name the member itself.
            var missing = MissingMember().Match(e.Message);
            if (missing.Success) field = missing.Groups[1].Value;
            throw new DataSetException(file, record, field, Describe(e));
        }
    }

    static (string Record, string Field) SplitPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return ("-", "-");
        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        var lastBracket = path.LastIndexOf(']');
        if (lastBracket < 0) return ("-", path);
        var field = path[(lastBracket + 1)..].TrimStart('.');
        return (path[..(lastBracket + 1)], field.Length == 0 ? "-" : field);
    }

    static string Describe(JsonException e)
    {
        // The serializer's own message carries the useful part (missing property, wrong type,
        // unknown member); strip the path and position it repeats, which we print ourselves.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (e.LineNumber is { } line) message += $" (line {line + 1})";
        return message;
    }

    [System.Text.RegularExpressions.GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex MissingMember();
}
