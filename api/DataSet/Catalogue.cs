namespace Mgi.Api.DataSet;

/// <summary>
/// The shared catalogues, with the checks that keep them consistent with each other. Each file's
/// own shape is its JSON Schema's (<see cref="SourceSchemas"/>); here only what a schema cannot
/// say: a value unique across records, a reference to another record or file.
/// </summary>
public sealed class Catalogue(
    IReadOnlyList<DimensionSource> dimensions,
    IReadOnlyList<IndicatorSource> indicators,
    IReadOnlyList<ConventionSource> conventions,
    IReadOnlyList<JurisdictionSource> jurisdictions)
{
    public HashSet<int> DimensionNumbers { get; } = dimensions.Select(d => d.Number).ToHashSet();
    public Dictionary<string, IndicatorSource> Indicators { get; } = indicators
        .GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    public HashSet<string> ConventionCodes { get; } = conventions.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
    public Dictionary<string, JurisdictionSource> Jurisdictions { get; } = jurisdictions
        .GroupBy(j => j.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public void Check()
    {
        var dim = new Checker("data/catalogue/dimensions.json");
        foreach (var (d, i) in dimensions.Select((d, i) => (d, i)))
        {
            var record = $"dimensions[{i}] (number {d.Number})";
            dim.Unique(record, "number", d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            dim.Unique(record, "code", d.Code);
        }

        var ind = new Checker("data/catalogue/indicators.json");
        foreach (var (x, i) in indicators.Select((x, i) => (x, i)))
        {
            var record = $"indicators[{i}] (code {x.Code})";
            ind.Unique(record, "code", x.Code);
            if (!DimensionNumbers.Contains(x.DimensionNumber)) ind.Fail(record, "dimensionNumber", $"unknown dimension {x.DimensionNumber}");
            // The schema's pattern says d<number>-<name>; that the number is the record's dimension, only code can.
            if (!x.Code.StartsWith($"d{x.DimensionNumber}-", StringComparison.Ordinal))
                ind.Fail(record, "code", $"'{x.Code}' does not belong to dimension {x.DimensionNumber}");
        }

        var conv = new Checker("data/catalogue/conventions.json");
        foreach (var (c, i) in conventions.Select((c, i) => (c, i)))
            conv.Unique($"conventions[{i}] (code {c.Code})", "code", c.Code);

        var jur = new Checker("data/catalogue/jurisdictions.json");
        foreach (var (j, i) in jurisdictions.Select((j, i) => (j, i)))
        {
            var record = $"jurisdictions[{i}] (code {j.Code})";
            jur.Unique(record, "code", j.Code);
            if (j.ParentCode is not null && !Jurisdictions.ContainsKey(j.ParentCode))
                jur.Fail(record, "parentCode", $"unknown jurisdiction '{j.ParentCode}'");
        }
    }
}

/// <summary>Small assertions that throw a <see cref="DataSetException"/> naming file, record and field.</summary>
internal sealed class Checker(string file)
{
    readonly Dictionary<string, HashSet<string>> _seen = [];

    public void Fail(string record, string field, string problem) => throw new DataSetException(file, record, field, problem);

    /// <summary>Fails on the second occurrence of a value under the same field name in this file.</summary>
    public void Unique(string record, string field, string value)
    {
        if (!_seen.TryGetValue(field, out var values)) _seen[field] = values = new HashSet<string>(StringComparer.Ordinal);
        if (!values.Add(value)) Fail(record, field, $"duplicate {field} '{value}'");
    }
}
