namespace Mgi.Api.DataSet;

/// <summary>Checks each profile document against itself and against the catalogues.</summary>
public static class ProfileChecks
{
    public const string Complete = "complete";
    public const string Referenced = "referenced";
    public const string WellDeveloped = "well-developed";
    public const string FurtherDevelopment = "further-development";
    public const string Body = "body";
    public const string Covid = "covid";
    public static readonly string[] DataStatuses = [Complete, Referenced];
    public static readonly string[] Assessments = [WellDeveloped, FurtherDevelopment];
    public static readonly string[] FootnoteSections = [Body, Covid];

    public static void Check(IReadOnlyList<(string File, ProfileSource Profile)> profiles, Catalogue catalogue)
    {
        var ids = profiles.Select(p => p.Profile.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, p) in profiles) CheckOne(file, p, catalogue, ids);
    }

    static void CheckOne(string file, ProfileSource p, Catalogue catalogue, HashSet<string> profileIds)
    {
        var c = new Checker("data/" + file);
        var self = $"profile {p.Id}";
        c.Text(self, "id", p.Id);
        // One file per profile, named by its id: the id is unique because file names are.
        if (Path.GetFileNameWithoutExtension(file) != p.Id) c.Fail(self, "id", $"must equal the file name '{Path.GetFileNameWithoutExtension(file)}'");
        if (!catalogue.Jurisdictions.ContainsKey(p.JurisdictionCode)) c.Fail(self, "jurisdictionCode", $"unknown jurisdiction '{p.JurisdictionCode}'");
        c.Text(self, "title", p.Title);
        c.Text(self, "publisher", p.Publisher);
        c.OneOf(self, "dataStatus", p.DataStatus, DataStatuses);
        if (p.License is { } l)
        {
            c.Text(self, "license.name", l.Name);
            c.Text(self, "license.code", l.Code);
            c.Text(self, "license.url", l.Url);
        }
        if (p.ReferencedBy is { } r && !profileIds.Contains(r.ProfileId))
            c.Fail(self, "referencedBy.profileId", $"unknown profile '{r.ProfileId}'");

        if (p.DataStatus == "referenced")
        {
            if (p.Policies is { Count: > 0 } || p.CovidResponses is { Count: > 0 } || p.Footnotes is { Count: > 0 } || p.Sources is { Count: > 0 } || p.Ratifications is { Count: > 0 })
                c.Fail(self, "dataStatus", "a referenced profile carries no findings; make it 'complete'");
            return;
        }

        // A complete profile is cited and licensed like its publication.
        c.Text(self, "citation", p.Citation);
        if (p.License is null) c.Fail(self, "license", "is required for a complete profile");
        if (p.Policies is not { Count: > 0 }) c.Fail(self, "policies", "a complete profile needs its findings");

        var footnotes = p.Footnotes ?? [];
        var bodyNotes = new HashSet<int>();
        var covidNotes = new HashSet<int>();
        foreach (var (n, i) in footnotes.Select((n, i) => (n, i)))
        {
            var record = $"footnotes[{i}] ({n.Section} {n.Number})";
            c.OneOf(record, "section", n.Section, FootnoteSections);
            if (n.Number < 1) c.Fail(record, "number", "must be 1 or more");
            c.Unique(record, "section+number", $"{n.Section} {n.Number}");
            c.Text(record, "text", n.Text);
            foreach (var url in n.Urls)
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                    c.Fail(record, "urls", $"'{url}' is not an absolute http(s) URL");
            (n.Section == "body" ? bodyNotes : covidNotes).Add(n.Number);
        }

        foreach (var (x, i) in (p.Ratifications ?? []).Select((x, i) => (x, i)))
        {
            var record = $"ratifications[{i}] ({x.ConventionCode})";
            if (!catalogue.ConventionCodes.Contains(x.ConventionCode)) c.Fail(record, "conventionCode", $"unknown convention '{x.ConventionCode}'");
            c.Unique(record, "conventionCode", x.ConventionCode);
            if (!x.Ratified && x.Year is not null) c.Fail(record, "year", "a convention not ratified has no ratification year");
        }

        foreach (var (x, i) in (p.Policies ?? []).Select((x, i) => (x, i)))
        {
            var record = $"policies[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            c.Text(record, "section", x.Section);
            if (!catalogue.DimensionNumbers.Contains(x.Dimension)) c.Fail(record, "dimension", $"unknown dimension {x.Dimension}");
            c.OneOf(record, "assessment", x.Assessment, Assessments);
            foreach (var code in x.IndicatorCodes)
            {
                if (!catalogue.Indicators.TryGetValue(code, out var indicator)) c.Fail(record, "indicatorCodes", $"unknown indicator '{code}'");
                else if (indicator.DimensionNumber != x.Dimension) c.Fail(record, "indicatorCodes", $"indicator '{code}' belongs to dimension {indicator.DimensionNumber}, not {x.Dimension}");
            }
            c.Text(record, "title", x.Title);
            c.Text(record, "text", x.Text);
            Notes(c, record, x.Footnotes, bodyNotes, "body");
        }

        foreach (var (x, i) in (p.CovidResponses ?? []).Select((x, i) => (x, i)))
        {
            var record = $"covidResponses[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            c.Slug(record, "topic", x.Topic);
            c.Text(record, "text", x.Text);
            Notes(c, record, x.Footnotes, covidNotes, "covid");
        }
        Notes(c, self, p.CovidIntroductionFootnotes ?? [], covidNotes, "covid");
        Notes(c, self, p.IntroductionFootnotes ?? [], bodyNotes, "body");
        if (p.Introduction is null && p.IntroductionFootnotes is { Count: > 0 }) c.Fail(self, "introductionFootnotes", "notes of an introduction the profile does not have");

        foreach (var (x, i) in (p.Sources ?? []).Select((x, i) => (x, i)))
        {
            var record = $"sources[{i}] ({x.Id})";
            Owned(c, record, x.Id, p.Id);
            c.Unique(record, "id", x.Id);
            c.Text(record, "issuer", x.Issuer);
            c.Text(record, "yearKey", x.YearKey);
            c.Text(record, "title", x.Title);
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
