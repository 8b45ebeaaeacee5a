namespace Mgi.Api.DataSet;

/// <summary>
/// Checks each profile document against the catalogues and against itself where its JSON Schema
/// cannot (<see cref="SourceSchemas"/> has checked its shape): references to other files, ids
/// unique across records and owned by the profile, notes that exist, a year read from its key.
/// </summary>
public static class ProfileChecks
{
    public static void Check(IReadOnlyList<(string File, ProfileSource Profile)> profiles, Catalogue catalogue)
    {
        var ids = profiles.Select(p => p.Profile.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, p) in profiles) CheckOne(file, p, catalogue, ids);
    }

    static void CheckOne(string file, ProfileSource p, Catalogue catalogue, HashSet<string> profileIds)
    {
        var c = new Checker("data/" + file);
        var self = $"profile {p.Id}";
        // One file per profile, named by its id: the id is unique because file names are.
        if (Path.GetFileNameWithoutExtension(file) != p.Id) c.Fail(self, "id", $"must equal the file name '{Path.GetFileNameWithoutExtension(file)}'");
        if (!catalogue.Jurisdictions.ContainsKey(p.JurisdictionCode)) c.Fail(self, "jurisdictionCode", $"unknown jurisdiction '{p.JurisdictionCode}'");
        if (p.ReferencedBy is { } r && !profileIds.Contains(r.ProfileId))
            c.Fail(self, "referencedBy.profileId", $"unknown profile '{r.ProfileId}'");

        var footnotes = p.Footnotes ?? [];
        var bodyNotes = new HashSet<int>();
        var covidNotes = new HashSet<int>();
        foreach (var (n, i) in footnotes.Select((n, i) => (n, i)))
        {
            c.Unique($"footnotes[{i}] ({n.Section} {n.Number})", "section+number", $"{n.Section} {n.Number}");
            (n.Section == FootnoteSection.Body ? bodyNotes : covidNotes).Add(n.Number);
        }

        foreach (var (x, i) in (p.Ratifications ?? []).Select((x, i) => (x, i)))
        {
            var record = $"ratifications[{i}] ({x.ConventionCode})";
            if (!catalogue.ConventionCodes.Contains(x.ConventionCode)) c.Fail(record, "conventionCode", $"unknown convention '{x.ConventionCode}'");
            c.Unique(record, "conventionCode", x.ConventionCode);
        }

        foreach (var (x, i) in (p.Policies ?? []).Select((x, i) => (x, i)))
        {
            var record = $"policies[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            if (!catalogue.DimensionNumbers.Contains(x.Dimension)) c.Fail(record, "dimension", $"unknown dimension {x.Dimension}");
            foreach (var code in x.IndicatorCodes)
            {
                if (!catalogue.Indicators.TryGetValue(code, out var indicator)) c.Fail(record, "indicatorCodes", $"unknown indicator '{code}'");
                else if (indicator.DimensionNumber != x.Dimension) c.Fail(record, "indicatorCodes", $"indicator '{code}' belongs to dimension {indicator.DimensionNumber}, not {x.Dimension}");
            }
            Notes(c, record, x.Footnotes, bodyNotes, FootnoteSection.Body);
        }

        foreach (var (x, i) in (p.CovidResponses ?? []).Select((x, i) => (x, i)))
        {
            var record = $"covidResponses[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            Notes(c, record, x.Footnotes, covidNotes, FootnoteSection.Covid);
        }
        Notes(c, self, p.CovidIntroductionFootnotes ?? [], covidNotes, FootnoteSection.Covid);
        Notes(c, self, p.IntroductionFootnotes ?? [], bodyNotes, FootnoteSection.Body);

        foreach (var (x, i) in (p.Sources ?? []).Select((x, i) => (x, i)))
        {
            var record = $"sources[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            var digits = new string(x.YearKey.TakeWhile(char.IsAsciiDigit).ToArray());
            var expected = digits.Length == 4 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            if (x.Year != expected) c.Fail(record, "year", $"{(x.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")} does not match yearKey '{x.YearKey}'");
        }
    }

    static void Owned(Checker c, string record, string id, string profileId)
    {
        if (!id.StartsWith(profileId + "-", StringComparison.Ordinal)) c.Fail(record, "id", $"'{id}' must start with the profile id '{profileId}-'");
    }

    static void Notes(Checker c, string record, IReadOnlyList<int> numbers, HashSet<int> known, string section)
    {
        foreach (var n in numbers)
            if (!known.Contains(n)) c.Fail(record, "footnotes", $"refers to {section} footnote {n}, which the profile does not have");
    }
}
