using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.DataSet;

/// <summary>
/// Writes checked sources into a new SQLite file. The file is written under a temporary name and
/// moved into place only when complete, so a failed build never leaves a half-built database and
/// never disturbs the previous good one.
/// </summary>
public static class DatabaseWriter
{
    public static void Write(SourceData data, string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Pooling off: the file must be fully closed before it is moved.
            using (var connection = new SqliteConnection($"Data Source={temporary};Pooling=False"))
            {
                connection.Open();
                using var tx = connection.BeginTransaction();
                connection.Execute(SchemaSql(), transaction: tx);
                Insert(connection, tx, data);
                tx.Commit();
                connection.Execute("PRAGMA optimize; VACUUM;");
            }
            File.Move(temporary, databasePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The schema the database is built with; part of the data-set version.</summary>
    public static string SchemaSql()
    {
        using var stream = typeof(DatabaseWriter).Assembly.GetManifestResourceStream("Mgi.Api.DataSet.Schema.sql")
            ?? throw new InvalidOperationException("Schema.sql is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static void Insert(SqliteConnection db, SqliteTransaction tx, SourceData data)
    {
        var meta = new Dictionary<string, string>
        {
            ["source_hash"] = data.Hash,
            ["dataset_version"] = data.Hash[..16],
            ["built_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
        db.Execute("INSERT INTO meta(key, value) VALUES (@Key, @Value)", meta.Select(m => new { m.Key, m.Value }), tx);

        var byCode = data.Jurisdictions.ToDictionary(j => j.Code);
        db.Execute("""
            INSERT INTO jurisdictions(code, name, level, parent_code, iso2, m49, sort_key)
            VALUES (@Code, @Name, @Level, @ParentCode, @Iso2, @M49, @SortKey)
            """,
            data.Jurisdictions.Select(j => new { j.Code, j.Name, j.Level, j.ParentCode, j.Iso2, j.M49, SortKey = (j.Level == JurisdictionLevel.National ? "0:" : "1:") + j.Code }), tx);

        db.Execute("""
            INSERT INTO dimensions(number, code, name, migof_category, migof_statement, description)
            VALUES (@Number, @Code, @Name, @MigofCategory, @MigofStatement, @Description)
            """, data.Dimensions, tx);

        db.Execute("""
            INSERT INTO indicators(code, dimension_number, sequence, name, description)
            VALUES (@Code, @DimensionNumber, @Sequence, @Name, @Description)
            """,
            data.Indicators.Select((i, n) => new { i.Code, i.DimensionNumber, Sequence = n + 1, i.Name, i.Description }), tx);

        db.Execute("""
            INSERT INTO conventions(code, name, adopted_year, body, ord) VALUES (@Code, @Name, @AdoptedYear, @Body, @Ord)
            """, data.Conventions.Select((c, i) => new { c.Code, c.Name, c.AdoptedYear, c.Body, Ord = i + 1 }), tx);

        // Before the profiles: their findings' links (policy_instruments) refer to the instruments.
        InsertInstruments(db, tx, data);
        var instrumentIds = InstrumentChecks.InstrumentIdsBySource(data);
        foreach (var p in data.Profiles) InsertProfile(db, tx, p, NationalCode(byCode, p.JurisdictionCode), instrumentIds);

        db.Execute("""
            INSERT INTO policies_fts(policies_fts) VALUES ('rebuild');
            INSERT INTO covid_responses_fts(covid_responses_fts) VALUES ('rebuild');
            INSERT INTO footnotes_fts(footnotes_fts) VALUES ('rebuild');
            INSERT INTO sources_fts(sources_fts) VALUES ('rebuild');
            INSERT INTO instruments_fts(instruments_fts) VALUES ('rebuild');
            """, transaction: tx);
    }

    static void InsertInstruments(SqliteConnection db, SqliteTransaction tx, SourceData data)
    {
        var policyIds = InstrumentChecks.PolicyIds(data);
        var covidResponseIds = InstrumentChecks.CovidResponseIds(data);
        db.Execute("""
            INSERT INTO instruments(id, jurisdiction_code, ord, name, aliases_json, kind, year, status, counterparties_json, events_json,
                policy_ids_json, covid_response_ids_json, source_ids_json)
            VALUES (@Id, @JurisdictionCode, @Ord, @Name, @AliasesJson, @Kind, @Year, @Status, @CounterpartiesJson, @EventsJson,
                @PolicyIdsJson, @CovidResponseIdsJson, @SourceIdsJson)
            """,
            data.Instruments.SelectMany(f => f.Instruments.Select((x, i) => new
            {
                x.Id, f.JurisdictionCode, Ord = i + 1, x.Name, AliasesJson = Json(x.Aliases), x.Kind, x.Year, x.Status,
                CounterpartiesJson = Json(x.Counterparties),
                EventsJson = Json(x.Events.Select(e => new InstrumentEvent { Year = e.Year, Date = e.Date, What = e.What, StatedIn = e.StatedIn })),
                PolicyIdsJson = Json(policyIds[x.Id]), CovidResponseIdsJson = Json(covidResponseIds[x.Id]), SourceIdsJson = Json(x.SourceIds),
            })), tx);
    }

    static string NationalCode(Dictionary<string, JurisdictionSource> byCode, string code)
    {
        var current = byCode[code];
        while (current.ParentCode is { } parent) current = byCode[parent];
        return current.Code;
    }

    static void InsertProfile(SqliteConnection db, SqliteTransaction tx, ProfileSource p, string nationalCode, Dictionary<string, List<string>> instrumentIds)
    {
        var footnotes = p.Footnotes ?? [];
        string NotesJson(string section, IReadOnlyList<int> numbers) => Json(numbers
            .Select(n => footnotes.Single(f => f.Section == section && f.Number == n))
            .Select(f => new InlineFootnote { Number = f.Number, Text = f.Text, Urls = f.Urls }));

        db.Execute("""
            INSERT INTO profiles(id, jurisdiction_code, national_code, year, title, publisher, research_partner, published_year, isbn,
                citation, license_name, license_code, license_url, source_url, language, data_status, introduction, introduction_footnotes_json,
                covid_introduction, covid_introduction_footnotes_json, referenced_by_profile_id, referenced_by_footnote)
            VALUES (@Id, @JurisdictionCode, @NationalCode, @Year, @Title, @Publisher, @ResearchPartner, @PublishedYear, @Isbn,
                @Citation, @LicenseName, @LicenseCode, @LicenseUrl, @SourceUrl, @Language, @DataStatus, @Introduction, @IntroductionFootnotesJson,
                @CovidIntroduction, @CovidIntroductionFootnotesJson, @ReferencedByProfileId, @ReferencedByFootnote)
            """,
            new
            {
                p.Id, p.JurisdictionCode, NationalCode = nationalCode, p.Year, p.Title, p.Publisher, p.ResearchPartner, p.PublishedYear, p.Isbn,
                p.Citation, LicenseName = p.License?.Name, LicenseCode = p.License?.Code, LicenseUrl = p.License?.Url,
                p.SourceUrl, p.Language, p.DataStatus, p.Introduction,
                IntroductionFootnotesJson = NotesJson(FootnoteSection.Body, p.IntroductionFootnotes ?? []),
                p.CovidIntroduction,
                CovidIntroductionFootnotesJson = NotesJson(FootnoteSection.Covid, p.CovidIntroductionFootnotes ?? []),
                ReferencedByProfileId = p.ReferencedBy?.ProfileId, ReferencedByFootnote = p.ReferencedBy?.Footnote,
            }, tx);

        db.Execute("""
            INSERT INTO footnotes(id, profile_id, jurisdiction_code, section, section_ord, number, text, urls_json)
            VALUES (@Id, @ProfileId, @JurisdictionCode, @Section, @SectionOrd, @Number, @Text, @UrlsJson)
            """,
            footnotes.Select(n => new
            {
                Id = $"{p.Id}-{n.Section}-{n.Number}", ProfileId = p.Id, p.JurisdictionCode, n.Section,
                SectionOrd = n.Section == FootnoteSection.Body ? 1 : 2, n.Number, n.Text, UrlsJson = Json(n.Urls),
            }), tx);

        db.Execute("""
            INSERT INTO ratifications(profile_id, jurisdiction_code, convention_code, ratified, year)
            VALUES (@ProfileId, @JurisdictionCode, @ConventionCode, @Ratified, @Year)
            """,
            (p.Ratifications ?? []).Select(r => new { ProfileId = p.Id, JurisdictionCode = nationalCode, r.ConventionCode, r.Ratified, r.Year }), tx);

        var policies = p.Policies ?? [];
        db.Execute("""
            INSERT INTO policies(id, profile_id, jurisdiction_code, ord, section, dimension_number, assessment, title, text,
                indicator_codes_json, instrument_ids_json, footnotes_json)
            VALUES (@Id, @ProfileId, @JurisdictionCode, @Ord, @Section, @Dimension, @Assessment, @Title, @Text,
                @IndicatorCodesJson, @InstrumentIdsJson, @FootnotesJson)
            """,
            policies.Select((x, i) => new
            {
                x.Id, ProfileId = p.Id, p.JurisdictionCode, Ord = i + 1, x.Section, x.Dimension, x.Assessment, x.Title, x.Text,
                IndicatorCodesJson = Json(x.IndicatorCodes),
                InstrumentIdsJson = Json(x.InstrumentIds),
                FootnotesJson = NotesJson(FootnoteSection.Body, x.Footnotes),
            }), tx);
        db.Execute("INSERT INTO policy_indicators(policy_id, indicator_code) VALUES (@PolicyId, @Code)",
            policies.SelectMany(x => x.IndicatorCodes.Select(code => new { PolicyId = x.Id, Code = code })), tx);
        db.Execute("INSERT INTO policy_instruments(policy_id, instrument_id, ord) VALUES (@PolicyId, @InstrumentId, @Ord)",
            policies.SelectMany(x => x.InstrumentIds.Select((id, k) => new { PolicyId = x.Id, InstrumentId = id, Ord = k + 1 })), tx);

        var answers = p.CovidResponses ?? [];
        db.Execute("""
            INSERT INTO covid_responses(id, profile_id, jurisdiction_code, ord, topic, text, footnotes_json, instrument_ids_json)
            VALUES (@Id, @ProfileId, @JurisdictionCode, @Ord, @Topic, @Text, @FootnotesJson, @InstrumentIdsJson)
            """,
            answers.Select((x, i) => new
            {
                x.Id, ProfileId = p.Id, p.JurisdictionCode, Ord = i + 1, x.Topic, x.Text, FootnotesJson = NotesJson(FootnoteSection.Covid, x.Footnotes),
                InstrumentIdsJson = Json(x.InstrumentIds),
            }), tx);
        db.Execute("INSERT INTO covid_response_instruments(covid_response_id, instrument_id, ord) VALUES (@AnswerId, @InstrumentId, @Ord)",
            answers.SelectMany(x => x.InstrumentIds.Select((id, k) => new { AnswerId = x.Id, InstrumentId = id, Ord = k + 1 })), tx);

        db.Execute("""
            INSERT INTO sources(id, profile_id, jurisdiction_code, ord, issuer, year_key, year, title, english_title, details, url, instrument_ids_json)
            VALUES (@Id, @ProfileId, @JurisdictionCode, @Ord, @Issuer, @YearKey, @Year, @Title, @EnglishTitle, @Details, @Url, @InstrumentIdsJson)
            """,
            (p.Sources ?? []).Select((x, i) => new
            {
                x.Id, ProfileId = p.Id, p.JurisdictionCode, Ord = i + 1, x.Issuer, x.YearKey, x.Year, x.Title, x.EnglishTitle, x.Details, x.Url,
                InstrumentIdsJson = Json(instrumentIds.GetValueOrDefault(x.Id) ?? []),
            }), tx);
    }

    static string Json<T>(T value) => JsonSerializer.Serialize(value, StoredJson.Options);
}
