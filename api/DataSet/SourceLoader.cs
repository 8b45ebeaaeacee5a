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
public static class SourceLoader
{
    public static SourceData Load(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
            throw new DataSetException(dataDirectory, "-", "-", "the data directory does not exist");

        var schemas = new SourceSchemas(dataDirectory);
        var dimensions = Read(dataDirectory, schemas, "catalogue/dimensions.json", SourceJson.Default.DimensionsFile).Dimensions;
        var indicators = Read(dataDirectory, schemas, "catalogue/indicators.json", SourceJson.Default.IndicatorsFile).Indicators;
        var conventions = Read(dataDirectory, schemas, "catalogue/conventions.json", SourceJson.Default.ConventionsFile).Conventions;
        var jurisdictions = Read(dataDirectory, schemas, "catalogue/jurisdictions.json", SourceJson.Default.JurisdictionsFile).Jurisdictions;

        var profiles = ReadEach(dataDirectory, schemas, ProfileFiles(dataDirectory), SourceJson.Default.ProfileSource);
        var instruments = ReadEach(dataDirectory, schemas, InstrumentFiles(dataDirectory), SourceJson.Default.InstrumentsFile);

        var catalogue = new Catalogue(dimensions, indicators, conventions, jurisdictions);
        catalogue.Check();
        ProfileChecks.Check(profiles, catalogue);
        InstrumentChecks.Check(instruments, profiles, catalogue);

        return new SourceData(dimensions, indicators, conventions, jurisdictions,
            profiles.Select(p => p.Value).ToList(), instruments.Select(i => i.Value).ToList(), Hash(dataDirectory));
    }

    /// <summary>
    /// A digest of every source file (path and bytes), of the JSON Schemas they are checked against
    /// and of the SQL schema they are built into. The database records it, so a database built from
    /// other sources, or by an older schema, is
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
            .Concat(InstrumentFiles(dataDirectory))
            .Concat(SourceSchemas.Files(dataDirectory));

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
    static List<(string File, T Value)> ReadEach<T>(string dataDirectory, SourceSchemas schemas, List<string> paths, JsonTypeInfo<T> type) =>
        paths.Select(path => Relative(dataDirectory, path)).Select(file => (file, Read(dataDirectory, schemas, file, type))).ToList();

    static T Read<T>(string dataDirectory, SourceSchemas schemas, string relative, JsonTypeInfo<T> type)
    {
        var path = Path.Combine(dataDirectory, relative);
        var file = "data/" + relative;
        if (!File.Exists(path)) throw new DataSetException(file, "-", "-", "the file is missing");
        using var document = Parse(file, path);
        schemas.Validate(file, relative, document.RootElement);
        // The schema has said what the file must hold; the records only carry it.
        return document.RootElement.Deserialize(type) ?? throw new DataSetException(file, "-", "-", "the file holds null");
    }

    static JsonDocument Parse(string file, string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            // The parser's message says what it met; the position is the curator's line (from 1).
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw new DataSetException(file, "-", "-", $"{message} (line {(e.LineNumber ?? 0) + 1})");
        }
    }
}
