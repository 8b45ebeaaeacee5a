using Mgi.Api.Text;

namespace Mgi.Api.DataSet;

/// <summary>
/// Checks the instrument files against themselves, the catalogues and the findings that cite
/// them: one record per instrument, every alias as written in a finding that cites it, every
/// citation resolvable and named in the finding's text.
/// </summary>
public static class InstrumentChecks
{
    public const string Constitution = "constitution";
    public const string Law = "law";
    public const string Regulation = "regulation";
    public const string Programme = "programme";
    public const string Plan = "plan";
    public const string Agreement = "agreement";
    public const string Bill = "bill";
    public const string Other = "other";
    public static readonly string[] Kinds = [Constitution, Law, Regulation, Programme, Plan, Agreement, Bill, Other];

    public static void Check(
        IReadOnlyList<(string File, InstrumentsFile Instruments)> files,
        IReadOnlyList<(string File, ProfileSource Profile)> profiles,
        Catalogue catalogue)
    {
        var sourceIds = profiles.SelectMany(p => p.Profile.Sources ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, (string File, string Record, InstrumentSource Instrument)>(StringComparer.Ordinal);
        foreach (var (file, f) in files)
        {
            var c = new Checker("data/" + file);
            // One file per jurisdiction, named by its code.
            if (Path.GetFileNameWithoutExtension(file) != f.JurisdictionCode)
                c.Fail("-", "jurisdictionCode", $"must equal the file name '{Path.GetFileNameWithoutExtension(file)}'");
            if (!catalogue.Jurisdictions.ContainsKey(f.JurisdictionCode)) c.Fail("-", "jurisdictionCode", $"unknown jurisdiction '{f.JurisdictionCode}'");
            foreach (var (x, i) in f.Instruments.Select((x, i) => (x, i)))
            {
                var record = $"instruments[{i}] ({x.Id})";
                c.Slug(record, "id", x.Id);
                if (byId.TryGetValue(x.Id, out var first)) c.Fail(record, "id", $"duplicate id '{x.Id}' (also in {first.File})");
                byId[x.Id] = ("data/" + file, record, x);
                c.Text(record, "name", x.Name);
                c.OneOf(record, "kind", x.Kind, Kinds);
                if (x.Aliases.Count == 0) c.Fail(record, "aliases", "list every name the findings use for it (at least one)");
                foreach (var alias in x.Aliases)
                {
                    c.Text(record, "aliases", alias);
                    // An alias names one instrument of the jurisdiction.
                    c.Unique(record, "aliases", alias);
                }
                if (x.Status is not null) c.Text(record, "status", x.Status);
                foreach (var s in x.SourceIds)
                    if (!sourceIds.Contains(s)) c.Fail(record, "sourceIds", $"unknown key source '{s}'");
            }
        }

        // Every citation resolves and is named in the finding's text, once.
        var citing = byId.Keys.ToDictionary(id => id, _ => new List<PolicySource>(), StringComparer.Ordinal);
        foreach (var (file, p) in profiles)
        {
            var c = new Checker("data/" + file);
            foreach (var (x, i) in (p.Policies ?? []).Select((x, i) => (x, i)))
            {
                var record = $"policies[{i}] ({x.Id})";
                var named = new HashSet<string>(StringComparer.Ordinal);
                foreach (var id in x.InstrumentIds)
                {
                    if (!named.Add(id)) c.Fail(record, "instrumentIds", $"names '{id}' twice");
                    if (!byId.TryGetValue(id, out var instrument)) { c.Fail(record, "instrumentIds", $"unknown instrument '{id}' (instruments are listed in data/instruments/)"); continue; }
                    if (!instrument.Instrument.Aliases.Any(a => x.Text.Contains(a, StringComparison.Ordinal)))
                        c.Fail(record, "instrumentIds", $"the text names '{id}' by none of its aliases ({string.Join("; ", instrument.Instrument.Aliases)})");
                    citing[id].Add(x);
                }
            }
        }

        // Every alias is a name as written in a finding that cites the instrument.
        foreach (var (id, (file, record, instrument)) in byId)
        {
            var c = new Checker(file);
            if (citing[id].Count == 0) c.Fail(record, "id", $"no finding cites '{id}' (list it in a finding's instrumentIds)");
            foreach (var alias in instrument.Aliases)
                if (!citing[id].Any(p => p.Text.Contains(alias, StringComparison.Ordinal)))
                    c.Fail(record, "aliases", $"'{alias}' occurs in none of the findings that cite it ({string.Join(", ", citing[id].Select(p => p.Id))})");
        }
    }

    /// <summary>The ids of the findings that cite each instrument, in the profiles' order.</summary>
    public static Dictionary<string, List<string>> PolicyIds(SourceData data) =>
        data.Instruments.SelectMany(f => f.Instruments).ToDictionary(
            i => i.Id,
            i => data.Profiles.SelectMany(p => p.Policies ?? []).Where(p => p.InstrumentIds.Contains(i.Id, StringComparer.Ordinal)).Select(p => p.Id).ToList(),
            StringComparer.Ordinal);
}
