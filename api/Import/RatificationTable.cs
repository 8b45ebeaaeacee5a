using System.Globalization;
using System.Text.RegularExpressions;
using Mgi.Api.DataSet;

namespace Mgi.Api.Import;

/// <summary>
/// Table 1 of a profile, "Signature and ratification of international conventions": a header row
/// and one row per convention, the name and "Yes (year)" or "No" separated by a tab. A row's
/// convention is found in catalogue/conventions.json by its name as the table prints it.
/// </summary>
public static partial class RatificationTable
{
    const string Header = "Convention name\tRatified (Year)";

    public static bool IsTable(DocumentBlock block) => block.Raw.StartsWith(Header, StringComparison.Ordinal);

    public static IReadOnlyList<RatificationSource> Read(DocumentBlock table, IReadOnlyList<ConventionSource> conventions, ImportReport report, string profileId)
    {
        var rows = table.Raw.Split('\n').Skip(1).ToList();
        if (rows.Count == 0) throw new LayoutException(table.Line + 1, "a row of the ratification table: name, a tab, then Yes (year) or No");
        var ratifications = new List<RatificationSource>();
        foreach (var (row, i) in rows.Select((r, i) => (r.TrimEnd(), i)))
        {
            var line = table.Line + 1 + i;
            var match = Row().Match(row);
            if (!match.Success) throw new LayoutException(line, "a row of the ratification table: the convention's name, a tab, then 'Yes (year)', 'Yes' or 'No'");
            var name = match.Groups["name"].Value.Trim();
            var ratified = match.Groups["answer"].Value == "Yes";
            int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            var convention = conventions.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (convention is null)
                report.Ask($"{profileId} ratification, line {line}", $"'{name}' is not in catalogue/conventions.json: add it there (code, name as printed, year, body), then set conventionCode");
            ratifications.Add(new RatificationSource(convention?.Code ?? "", ratified, year));
        }
        return ratifications;
    }

    [GeneratedRegex(@"^(?<name>[^\t]+)\t+(?<answer>Yes|No)(?: \((?<year>\d{4})\))?$")]
    private static partial Regex Row();
}
