using System.Text.RegularExpressions;

namespace Mgi.Api.DataSet;

/// <summary>The shared catalogues, with the checks that keep them consistent with each other.</summary>
public sealed partial class Catalogue(
    IReadOnlyList<DimensionSource> dimensions,
    IReadOnlyList<IndicatorSource> indicators,
    IReadOnlyList<ConventionSource> conventions,
    IReadOnlyList<JurisdictionSource> jurisdictions)
{
    public static readonly string[] MigofCategories = ["principle", "objective"];
    public const string National = "national";
    public const string Subnational = "subnational";
    public static readonly string[] Levels = [National, Subnational];
    public static readonly string[] Bodies = ["ILO", "UN"];

    public HashSet<int> DimensionNumbers { get; } = dimensions.Select(d => d.Number).ToHashSet();
    public Dictionary<string, IndicatorSource> Indicators { get; } = indicators
        .GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    public HashSet<string> ConventionCodes { get; } = conventions.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
    public Dictionary<string, JurisdictionSource> Jurisdictions { get; } = jurisdictions
        .GroupBy(j => j.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public void Check()
    {
        const string dimFile = "data/catalogue/dimensions.json";
        var seen = new Checker(dimFile);
        foreach (var (d, i) in dimensions.Select((d, i) => (d, i)))
        {
            var record = $"dimensions[{i}] (number {d.Number})";
            if (d.Number < 1) seen.Fail(record, "number", "must be 1 or more");
            seen.Unique(record, "number", d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            seen.Unique(record, "code", d.Code);
            seen.Slug(record, "code", d.Code);
            seen.Text(record, "name", d.Name);
            seen.OneOf(record, "migofCategory", d.MigofCategory, MigofCategories);
            seen.Text(record, "migofStatement", d.MigofStatement);
            seen.Text(record, "description", d.Description);
        }

        var ind = new Checker("data/catalogue/indicators.json");
        foreach (var (x, i) in indicators.Select((x, i) => (x, i)))
        {
            var record = $"indicators[{i}] (code {x.Code})";
            ind.Unique(record, "code", x.Code);
            // d<dimension>-<slug>: a code that cannot be read as a profile's section number (1.2).
            if (!IndicatorCode().IsMatch(x.Code)) ind.Fail(record, "code", $"'{x.Code}' is not of the form d<dimension>-<kebab-case name>, e.g. d1-health");
            if (!DimensionNumbers.Contains(x.DimensionNumber)) ind.Fail(record, "dimensionNumber", $"unknown dimension {x.DimensionNumber}");
            if (!x.Code.StartsWith($"d{x.DimensionNumber}-", StringComparison.Ordinal))
                ind.Fail(record, "code", $"'{x.Code}' does not belong to dimension {x.DimensionNumber}");
            ind.Text(record, "name", x.Name);
        }

        var conv = new Checker("data/catalogue/conventions.json");
        foreach (var (c, i) in conventions.Select((c, i) => (c, i)))
        {
            var record = $"conventions[{i}] (code {c.Code})";
            conv.Unique(record, "code", c.Code);
            conv.Slug(record, "code", c.Code);
            conv.Text(record, "name", c.Name);
            conv.OneOf(record, "body", c.Body, Bodies);
        }

        var jur = new Checker("data/catalogue/jurisdictions.json");
        foreach (var (j, i) in jurisdictions.Select((j, i) => (j, i)))
        {
            var record = $"jurisdictions[{i}] (code {j.Code})";
            jur.Unique(record, "code", j.Code);
            if (!JurisdictionCode().IsMatch(j.Code)) jur.Fail(record, "code", $"'{j.Code}' is neither ISO 3166-1 alpha-3 nor ISO 3166-2");
            jur.Text(record, "name", j.Name);
            jur.OneOf(record, "level", j.Level, Levels);
            if (j.Level == "subnational" && j.ParentCode is null) jur.Fail(record, "parentCode", "a subnational jurisdiction needs its parent");
            if (j.ParentCode is not null && !Jurisdictions.ContainsKey(j.ParentCode))
                jur.Fail(record, "parentCode", $"unknown jurisdiction '{j.ParentCode}'");
        }
    }

    [GeneratedRegex(@"^d[1-9][0-9]*-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex(@"^([A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$")]
    private static partial Regex JurisdictionCode();
}

/// <summary>Small assertions that throw a <see cref="DataSetException"/> naming file, record and field.</summary>
internal sealed partial class Checker(string file)
{
    readonly Dictionary<string, HashSet<string>> _seen = [];

    public void Fail(string record, string field, string problem) => throw new DataSetException(file, record, field, problem);

    public void Text(string record, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail(record, field, "is required and must not be empty");
    }

    public void OneOf(string record, string field, string value, string[] allowed)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
            Fail(record, field, $"'{value}' is not one of {string.Join(", ", allowed)}");
    }

    public void Slug(string record, string field, string value)
    {
        if (!SlugPattern().IsMatch(value)) Fail(record, field, $"'{value}' is not a kebab-case code");
    }

    /// <summary>Fails on the second occurrence of a value under the same field name in this file.</summary>
    public void Unique(string record, string field, string value)
    {
        if (!_seen.TryGetValue(field, out var values)) _seen[field] = values = new HashSet<string>(StringComparer.Ordinal);
        if (!values.Add(value)) Fail(record, field, $"duplicate {field} '{value}'");
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
