using System.Globalization;
using System.Text.RegularExpressions;
using Mgi.Api.Text;

namespace Mgi.Api.DataSet;

/// <summary>
/// Checks the instrument files against themselves, the catalogues and the records that cite
/// them (findings and COVID-19 answers): one record per instrument, every alias as written in a
/// record that cites it, every citation resolvable and named in the citing text, a status in the
/// words of a citing record or its notes, counterparties that are countries, and every event
/// stated, in its words, by the finding, answer or note it names: what their JSON Schema cannot say
/// (<see cref="SourceSchemas"/> checks each record's own fields).
/// </summary>
public static partial class InstrumentChecks
{
    // The kind that has counterparties (one of InstrumentKind.Values).
    const string Agreement = "agreement";

    /// <summary>A record that can cite instruments or state an event: its id, text and the texts of its notes.</summary>
    sealed record Citing(string Id, string Text, IReadOnlyList<string> Notes);

    public static void Check(
        IReadOnlyList<(string File, InstrumentsFile Instruments)> files,
        IReadOnlyList<(string File, ProfileSource Profile)> profiles,
        Catalogue catalogue)
    {
        var sourceIds = profiles.SelectMany(p => p.Profile.Sources ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, (string File, string Record, string Jurisdiction, InstrumentSource Instrument)>(StringComparer.Ordinal);
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
                if (byId.TryGetValue(x.Id, out var first)) c.Fail(record, "id", $"duplicate id '{x.Id}' (also in {first.File})");
                byId[x.Id] = ("data/" + file, record, f.JurisdictionCode, x);
                // An alias names one instrument of the jurisdiction.
                foreach (var alias in x.Aliases) c.Unique(record, "aliases", alias);
                Counterparties(c, record, x, f.JurisdictionCode, catalogue);
                foreach (var s in x.SourceIds)
                    if (!sourceIds.Contains(s)) c.Fail(record, "sourceIds", $"unknown key source '{s}'");
            }
        }

        // Every citation resolves and is named in the citing text, once.
        var citing = byId.Keys.ToDictionary(id => id, _ => new List<Citing>(), StringComparer.Ordinal);
        var statable = new Dictionary<string, Citing>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, p) in profiles)
        {
            var c = new Checker("data/" + file);
            var notes = (p.Footnotes ?? []).ToDictionary(n => (n.Section, n.Number), n => n.Text);
            IReadOnlyList<string> NotesOf(string section, IReadOnlyList<int> numbers) =>
                numbers.Select(n => notes.GetValueOrDefault((section, n))).OfType<string>().ToList();
            foreach (var n in p.Footnotes ?? []) statable[$"{p.Id}-{n.Section}-{n.Number}"] = new Citing($"{p.Id}-{n.Section}-{n.Number}", n.Text, []);
            // A COVID-19 answer's id (MEX-2022-covid-10) could read as a COVID-page note's: such an id cannot state an event.
            foreach (var x in p.CovidResponses ?? []) if (statable.ContainsKey(x.Id)) ambiguous.Add(x.Id);
            foreach (var (x, i) in (p.Policies ?? []).Select((x, i) => (x, i)))
            {
                var cited = new Citing(x.Id, x.Text, NotesOf(FootnoteSection.Body, x.Footnotes));
                statable[x.Id] = cited;
                Citations(c, $"policies[{i}] ({x.Id})", cited, x.InstrumentIds, byId, citing);
            }
            foreach (var (x, i) in (p.CovidResponses ?? []).Select((x, i) => (x, i)))
            {
                var cited = new Citing(x.Id, x.Text, NotesOf(FootnoteSection.Covid, x.Footnotes));
                statable[x.Id] = cited;
                Citations(c, $"covidResponses[{i}] ({x.Id})", cited, x.InstrumentIds, byId, citing);
            }
        }

        foreach (var (id, (file, record, _, instrument)) in byId)
        {
            var c = new Checker(file);
            var by = citing[id];
            if (by.Count == 0) c.Fail(record, "id", $"no finding or COVID-19 answer cites '{id}' (list it in their instrumentIds)");
            // Every alias is a name as written in a record that cites the instrument.
            foreach (var alias in instrument.Aliases)
                if (!by.Any(p => p.Text.Contains(alias, StringComparison.Ordinal)))
                    c.Fail(record, "aliases", $"'{alias}' occurs in none of the findings that cite it ({string.Join(", ", by.Select(p => p.Id))})");
            // A status is the source's words: in a citing record or one of its notes.
            if (instrument.Status is { } status && !by.Any(p => p.Text.Contains(status, StringComparison.Ordinal) || p.Notes.Any(n => n.Contains(status, StringComparison.Ordinal))))
                c.Fail(record, "status", $"'{status}' is not the words of a finding or answer that cites it, nor of their notes ({string.Join(", ", by.Select(p => p.Id))})");
            Events(c, record, instrument, statable, ambiguous);
        }
    }

    static void Citations(Checker c, string record, Citing x, IReadOnlyList<string> instrumentIds,
        Dictionary<string, (string File, string Record, string Jurisdiction, InstrumentSource Instrument)> byId, Dictionary<string, List<Citing>> citing)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in instrumentIds)
        {
            if (!named.Add(id)) c.Fail(record, "instrumentIds", $"names '{id}' twice");
            if (!byId.TryGetValue(id, out var instrument)) { c.Fail(record, "instrumentIds", $"unknown instrument '{id}' (instruments are listed in data/instruments/)"); continue; }
            if (!instrument.Instrument.Aliases.Any(a => x.Text.Contains(a, StringComparison.Ordinal)))
                c.Fail(record, "instrumentIds", $"the text names '{id}' by none of its aliases ({string.Join("; ", instrument.Instrument.Aliases)})");
            citing[id].Add(x);
        }
    }

    /// <summary>The other parties of an agreement: countries (ISO 3166-1 alpha-3), each once, never the jurisdiction itself.</summary>
    static void Counterparties(Checker c, string record, InstrumentSource x, string jurisdiction, Catalogue catalogue)
    {
        if (x.Counterparties.Count > 0 && x.Kind != Agreement)
            c.Fail(record, "counterparties", $"only an agreement has counterparties (this is a {x.Kind})");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in x.Counterparties)
        {
            var national = catalogue.Jurisdictions.TryGetValue(code, out var j) && j.Level == JurisdictionLevel.National;
            if (!national && !Iso3166.Alpha3.ContainsKey(code))
                c.Fail(record, "counterparties", $"'{code}' is not an ISO 3166-1 alpha-3 country code (e.g. CAN, USA)");
            if (code == jurisdiction) c.Fail(record, "counterparties", $"'{code}' is the instrument's own jurisdiction; list the other parties");
            if (!seen.Add(code)) c.Fail(record, "counterparties", $"names '{code}' twice");
        }
    }

    /// <summary>Each event is said, in its words, by the record it names, with its year (and date), and that record names the instrument.</summary>
    static void Events(Checker c, string record, InstrumentSource x, Dictionary<string, Citing> statable, HashSet<string> ambiguous)
    {
        int? previous = null;
        foreach (var (e, i) in x.Events.Select((e, i) => (e, i)))
        {
            var field = $"events[{i}]";
            if (ambiguous.Contains(e.StatedIn)) c.Fail(record, field + ".statedIn", $"'{e.StatedIn}' is both a COVID-19 answer and a note");
            if (!statable.TryGetValue(e.StatedIn, out var by))
            {
                c.Fail(record, field + ".statedIn", $"unknown finding, COVID-19 answer or note '{e.StatedIn}' (a note is <profile>-body-<n> or <profile>-covid-<n>)");
                return;
            }
            if (!by.Text.Contains(e.What, StringComparison.Ordinal)) c.Fail(record, field + ".what", $"is not the words of {e.StatedIn}");
            if (!by.Text.Contains(e.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                c.Fail(record, field + ".year", $"{e.StatedIn} does not give the year {e.Year}");
            if (e.Date is { } date)
            {
                if (!IsoDate().IsMatch(date) || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    c.Fail(record, field + ".date", $"'{date}' is not a date (yyyy-MM-dd)");
                else if (day.Year != e.Year) c.Fail(record, field + ".date", $"'{date}' is not in the event's year {e.Year}");
                else if (!by.Text.Contains(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal))
                    c.Fail(record, field + ".date", $"{e.StatedIn} does not give the date {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
            }
            if (!x.Aliases.Any(a => by.Text.Contains(a, StringComparison.Ordinal)))
                c.Fail(record, field + ".statedIn", $"{e.StatedIn} names the instrument by none of its aliases");
            if (x.Year is { } adopted && e.Year < adopted) c.Fail(record, field + ".year", $"{e.Year} is before the adoption year {adopted}");
            if (previous is { } p && e.Year < p) c.Fail(record, field + ".year", "events are listed in the order of their years");
            previous = e.Year;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    /// <summary>The ids of the findings that cite each instrument, in the profiles' order.</summary>
    public static Dictionary<string, List<string>> PolicyIds(SourceData data) =>
        data.Instruments.SelectMany(f => f.Instruments).ToDictionary(
            i => i.Id,
            i => data.Profiles.SelectMany(p => p.Policies ?? []).Where(p => p.InstrumentIds.Contains(i.Id, StringComparer.Ordinal)).Select(p => p.Id).ToList(),
            StringComparer.Ordinal);

    /// <summary>The ids of the COVID-19 answers that cite each instrument, in the profiles' order.</summary>
    public static Dictionary<string, List<string>> CovidResponseIds(SourceData data) =>
        data.Instruments.SelectMany(f => f.Instruments).ToDictionary(
            i => i.Id,
            i => data.Profiles.SelectMany(p => p.CovidResponses ?? []).Where(r => r.InstrumentIds.Contains(i.Id, StringComparer.Ordinal)).Select(r => r.Id).ToList(),
            StringComparer.Ordinal);

    /// <summary>The ids of the instruments that name each key source as theirs (their sourceIds), in the instruments' order; a source no instrument names is absent.</summary>
    public static Dictionary<string, List<string>> InstrumentIdsBySource(SourceData data) =>
        data.Instruments.SelectMany(f => f.Instruments)
            .SelectMany(i => i.SourceIds.Select(source => (Source: source, Instrument: i.Id)))
            .GroupBy(x => x.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Instrument).ToList(), StringComparer.Ordinal);
}
