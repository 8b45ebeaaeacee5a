using System.Net;
using System.Net.Http.Headers;
using CsvHelper;

namespace Mgi.Api.Tests.Analysts;

/// <summary>Every list as CSV: the same rows as its JSON, all of them, parsed back with a CSV library.</summary>
[Collection(SharedServer.Name)]
public sealed class CsvTests(ApiFactory api)
{
    readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> Lists => new()
    {
        "/v1/jurisdictions", "/v1/jurisdictions?level=subnational", "/v1/jurisdictions/MX-DUR/ratifications",
        "/v1/profiles", "/v1/profiles?dataStatus=complete", "/v1/dimensions", "/v1/indicators?dimension=1",
        "/v1/conventions", "/v1/policies", "/v1/policies?dimension=4&assessment=further-development",
        "/v1/policies?q=migrants", "/v1/covid-responses", "/v1/sources", "/v1/sources?q=ley",
        "/v1/footnotes", "/v1/footnotes?section=covid", "/v1/search?q=migration",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_csv_of_a_list_has_every_matching_row_of_its_json_field_by_field(string url)
    {
        var json = await AllPages(url);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await _client.GetAsync($"{url}{separator}format=csv&pageSize=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "no byte order mark");
        var rows = Parse(System.Text.Encoding.UTF8.GetString(bytes));

        Assert.Equal(json.Count, rows.Count); // all rows, not one page of 2
        for (var i = 0; i < rows.Count; i++)
            foreach (var (column, cell) in rows[i])
                Assert.True(Expected(json[i], column) == cell, $"{url} row {i} column {column}: csv '{cell}', json '{Expected(json[i], column)}'");
    }

    [Fact]
    public async Task Nested_fields_are_flattened_as_documented()
    {
        var rows = Parse(await _client.GetStringAsync("/v1/policies?format=csv"));
        var first = rows.Single(r => r["id"] == "MEX-2022-1.2-02");
        Assert.Equal("14|15", first["footnotes"]);
        Assert.Equal("mex-constitution|mex-general-law-on-education|mex-migration-law", first["instrumentIds"]);
        var occupational = rows.Single(r => r["id"] == "MEX-2022-1.2-04");
        Assert.Equal("d1-education|d1-work", occupational["indicatorCodes"]);
        var profiles = Parse(await _client.GetStringAsync("/v1/profiles?format=csv"));
        var mexico = profiles.Single(r => r["id"] == "MEX-2022");
        Assert.Equal("CC BY-NC-ND 3.0 IGO", mexico["license.code"]);
        Assert.Equal("", mexico["sourceUrl"]);
        var ratifications = Parse(await _client.GetStringAsync("/v1/jurisdictions/MEX/ratifications?format=csv"));
        Assert.Equal("true", ratifications.Single(r => r["conventionCode"] == "crc-1989")["ratified"]);
    }

    [Fact]
    public async Task Accept_text_csv_chooses_csv_with_a_file_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/sources?profile=MEX-2022");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await _client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("sources.csv", response.Content.Headers.ContentDisposition.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("id,profileId,issuer,yearKey,year,title,englishTitle,details,url,instrumentIds\r\n", text, StringComparison.Ordinal);
        Assert.Equal(65, Parse(text).Count);
    }

    [Fact]
    public async Task A_client_preferring_json_gets_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/sources");
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/csv;q=0.5");
        using var response = await _client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Csv_has_an_etag_and_revalidates_to_304_without_a_body()
    {
        using var first = await _client.GetAsync("/v1/footnotes?format=csv");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/footnotes?format=csv");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var json = await _client.GetAsync("/v1/footnotes");
        Assert.NotEqual(etag, json.Headers.ETag);
    }

    [Fact]
    public async Task A_bad_filter_is_still_a_problem_not_a_csv()
    {
        var problem = await _client.Problem("/v1/policies?format=csv&dimension=8", 400);
        Assert.Equal(["dimension"], problem.ErrorNames());
        Assert.Equal(["format"], (await _client.Problem("/v1/policies?format=xml", 400)).ErrorNames());
        await _client.Problem("/v1/policies/MEX-2022-1.2-01?format=csv", 400);
    }

    async Task<List<JsonElement>> AllPages(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var json = await _client.Json($"{url}{separator}pageSize=7&page={page}");
            items.AddRange(json.Items());
            if (page >= json.GetProperty("totalPages").GetInt32()) return items;
        }
    }

    /// <summary>The documented flattening, computed from the JSON: dotted paths, lists joined with |.</summary>
    static string Expected(JsonElement item, string column)
    {
        var value = item;
        foreach (var part in column.Split('.'))
        {
            if (value.ValueKind == JsonValueKind.Null) return "";
            value = value.GetProperty(part);
        }
        return Cell(value);
    }

    static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(Element)),
        _ => throw new InvalidOperationException($"unexpected {value.ValueKind}"),
    };

    // Objects in lists read as documented: notes by number, instruments "name (year)", profiles by id.
    static string Element(JsonElement e) => e.ValueKind != JsonValueKind.Object ? Cell(e)
        : e.TryGetProperty("kind", out _) ? (e.GetProperty("year").ValueKind == JsonValueKind.Null ? e.Str("name") : $"{e.Str("name")} ({e.GetProperty("year").GetInt32()})")
        : e.TryGetProperty("number", out var n) ? n.GetRawText()
        : e.Str("id");

    public static List<Dictionary<string, string>> Parse(string text)
    {
        using var reader = CsvReader.FromText(text);
        var rows = new List<Dictionary<string, string>>();
        reader.ReadHeader();
        var headers = reader.Headers;
        while (reader.Read())
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader[x.i].ToString()));
        return rows;
    }
}
