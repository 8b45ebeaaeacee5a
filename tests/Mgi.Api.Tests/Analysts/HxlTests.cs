using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;
using Mgi.Api.Csv;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Analysts;

/// <summary>
/// hxl=true on any CSV: a second row of HXL hashtags under the header, one valid tag per column, and
/// the data rows exactly as without it; refused on JSON and for any other value than true/false.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class HxlTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    /// <summary>HXL 1.1: a hashtag and zero or more attributes, lower case, no spaces.</summary>
    [GeneratedRegex("^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$")]
    private static partial Regex Tag();

    static List<string[]> Rows(string csv)
    {
        using var reader = CsvReader.FromText(csv);
        var rows = new List<string[]>();
        reader.ReadHeader();
        rows.Add([.. reader.Headers]);
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.Headers.Count).Select(i => reader[i].ToString())]);
        return rows;
    }

    [Theory]
    [MemberData(nameof(CsvTests.Lists), MemberType = typeof(CsvTests))]
    public async Task Every_csv_with_hxl_has_a_hashtag_row_of_valid_tags_and_the_same_rows(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var plain = Rows(await _client.GetStringAsync($"{url}{separator}format=csv"));
        var tagged = Rows(await _client.GetStringAsync($"{url}{separator}format=csv&hxl=true"));

        Assert.Equal(plain[0], tagged[0]); // the header
        var tags = tagged[1];
        Assert.Equal(plain[0].Length, tags.Length);
        foreach (var (tag, column) in tags.Zip(plain[0]))
            Assert.True(Tag().IsMatch(tag), $"{url}: column {column} has '{tag}', not an HXL tag");
        Assert.Equal(plain.Count + 1, tagged.Count); // the data rows are unchanged...
        Assert.Equal(plain.Skip(1), tagged.Skip(2)); // ...cell for cell
    }

    [Fact]
    public async Task Hxl_works_with_csv_chosen_by_accept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/policies?hxl=true&dimension=1");
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Rows(await response.Content.ReadAsStringAsync());
        Assert.Equal("#meta+finding+id", rows[1][0]);
        Assert.Equal("#description+finding", rows[1][Array.IndexOf(rows[0], "text")]);
    }

    [Theory]
    [InlineData("/v1/policies?hxl=true")]
    [InlineData("/v1/policies?hxl=maybe&format=csv")]
    [InlineData("/v1/policies?hxl=1&format=csv")]
    [InlineData("/v1/downloads/datapackage.zip?hxl=yes")]
    public async Task Hxl_on_json_or_with_another_value_than_true_or_false_is_a_400_naming_it(string url)
    {
        var problem = await _client.Problem(url, 400);
        Assert.Equal(["hxl"], problem.ErrorNames());
    }

    [Fact]
    public async Task Hxl_false_changes_nothing()
    {
        Assert.Equal(await _client.GetStringAsync("/v1/sources?format=csv"), await _client.GetStringAsync("/v1/sources?format=csv&hxl=false"));
        var json = await _client.Json("/v1/sources?hxl=false");
        Assert.Equal(65, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_data_package_with_hxl_carries_the_hashtag_row_in_every_csv_and_says_so_in_its_dialect()
    {
        using var response = await _client.GetAsync("/v1/downloads/datapackage.zip?hxl=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-datapackage-hxl.zip", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var descriptor = JsonDocument.Parse(DownloadTests.Read(zip, "datapackage.json")).RootElement;
        foreach (var resource in descriptor.GetProperty("resources").EnumerateArray())
        {
            Assert.Equal("#", resource.GetProperty("dialect").Str("commentChar"));
            var rows = Rows(DownloadTests.Read(zip, resource.Str("path")));
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Select(f => f.Str("hxl")), rows[1]);
        }
        using var plain = await _client.GetAsync("/v1/downloads/datapackage.zip");
        Assert.NotEqual(response.Headers.ETag, plain.Headers.ETag);
    }

    /// <summary>
    /// A column tagged #country+code holds only countries (ISO 3166-1 alpha-3 codes of national
    /// jurisdictions): HDX's tools map it as such, so a state's code there would be misplaced.
    /// </summary>
    [Theory]
    [MemberData(nameof(CsvTests.Lists), MemberType = typeof(CsvTests))]
    public async Task Every_value_of_a_country_code_column_is_a_country(string url)
    {
        var countries = (await _client.Json("/v1/jurisdictions?level=national&pageSize=500")).Items().Select(j => j.Str("code")).ToHashSet();
        Assert.Contains("MEX", countries);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var rows = Rows(await _client.GetStringAsync($"{url}{separator}format=csv&hxl=true"));
        for (var column = 0; column < rows[1].Length; column++)
        {
            if (rows[1][column] != "#country+code") continue;
            foreach (var row in rows.Skip(2).Where(r => r[column].Length > 0))
                Assert.True(countries.Contains(row[column]), $"{url}: {rows[0][column]} holds '{row[column]}', not a country's code");
        }
    }

    [Fact]
    public async Task Findings_answers_instruments_and_ratifications_carry_their_country_for_hdx()
    {
        var countries = (await _client.Json("/v1/jurisdictions?level=national&pageSize=500")).Items().Select(j => j.Str("code")).ToHashSet();
        foreach (var url in new[] { "/v1/policies", "/v1/covid-responses", "/v1/instruments", "/v1/jurisdictions/MEX/ratifications" })
        {
            var rows = Rows(await _client.GetStringAsync($"{url}?format=csv&hxl=true"));
            var column = Array.IndexOf(rows[0], "jurisdictionCode");
            Assert.Equal("#country+code", rows[1][column]);
            Assert.Contains(rows.Skip(2), r => r[column] == "MEX");
            Assert.All(rows.Skip(2), r => Assert.Contains(r[column], countries));
        }
    }

    /// <summary>docs/hxl.md lists the tag of every column, as the records declare them.</summary>
    [Fact]
    public void The_hxl_tags_listed_in_the_docs_are_the_declared_ones()
    {
        var resources = api.Services.GetRequiredService<Resources>().All;
        var tables = resources.Select(r => (r.Name, r.ItemType)).Append(("search", typeof(Mgi.Api.Features.Search.List.SearchHit)));
        var text = new System.Text.StringBuilder("""
            # HXL hashtags

            Every CSV the API writes (the lists with `format=csv` or `Accept: text/csv`, and the data
            package's tables) takes `hxl=true`, which adds a second row of HXL hashtags (Humanitarian
            Exchange Language, dictionary 1.1) under the header. The tags are declared on the records'
            properties (`[Hxl]`, `api/Csv/HxlAttribute.cs`); this page is checked against them by
            `HxlTests` (regenerate it with `MGI_UPDATE_DOCS=1 dotnet test Mgi.Api.sln --filter HxlTests`).

            Attributes of our own: `+profile`, `+finding`, `+covid`, `+source`, `+footnote`, `+convention`,
            `+dimension`, `+instrument`, `+section`, `+topic`, `+title`, `+citation`, `+isbn`, `+license`,
            `+language`, `+publisher`, `+research`, `+issuer`, `+parent`, `+referenced_by`, `+ratified`,
            `+adopted`, `+published`, `+assessment`, `+data`, `+migof`, `+intro`, `+key`, `+snippet`,
            `+html`, `+score`, `+counterparty`, `+event`, `+list` (a cell holding values joined with `|`).

            Places, so that HDX's tools can map them: a column that holds only countries is
            `#country+code` (ISO 3166-1 alpha-3, e.g. MEX): the jurisdiction of a finding, a COVID-19
            answer, an instrument, a search hit and a ratification (`HxlTests` checks that every value
            in such a column is a country of the jurisdictions list, so a state there would fail it).
            Two columns hold either level and stay `#loc+code`: the jurisdictions list's `code` (the
            list has countries and states in one column, the key that every record and the
            `jurisdiction` filter use; `level`, `#loc+type`, says which, and `parentCode`,
            `#country+code+parent`, a state's country) and a profile's `jurisdictionCode` (a profile
            may assess a state, MX-OAX). Splitting them would give one key two columns in every list
            and record; to map them, take `/v1/jurisdictions?level=national` (countries) or
            `level=subnational` (states, whose codes are ISO 3166-2, e.g. MX-OAX, not HDX P-codes:
            the data gives no P-codes, so no column is tagged `#adm1+code`).

            """);
        foreach (var (name, type) in tables)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n## {name}\n\n| column | HXL |\n|---|---|\n");
            foreach (var column in CsvColumns.For(type).Columns) text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{column.Name}` | `{column.Hxl}` |\n");
        }
        var path = Path.Combine(RepositoryPaths.Root, "docs", "hxl.md");
        var expected = text.ToString();
        if (Environment.GetEnvironmentVariable("MGI_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "docs/hxl.md differs from the declared tags: regenerate it with MGI_UPDATE_DOCS=1 dotnet test Mgi.Api.sln --filter HxlTests");
    }
}
