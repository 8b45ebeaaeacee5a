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
            `+html`, `+score`, `+list` (a cell holding values joined with `|`). `#loc+code` holds a
            jurisdiction code, ISO 3166-1 alpha-3 for a country or ISO 3166-2 for a subnational unit.

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
