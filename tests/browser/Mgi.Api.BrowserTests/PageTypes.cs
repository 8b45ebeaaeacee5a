using System.Text.Json;

namespace Mgi.Api.BrowserTests;

/// <summary>
/// Every page type of the explorer, each at one URL. Ids are taken from the API (the first finding of
/// MEX-2022 with both instruments and notes, and its first instrument), never written here; the
/// status each page must keep is its API twin's (400 and 404 pages included).
/// </summary>
public static class PageTypes
{
    public const string Profile = "MEX-2022";
    public const string WellDevelopedDimension3 = "profile=MEX-2022&dimension=3&assessment=well-developed";

    public static TheoryData<string> Names => [.. Twins.Keys];

    /// <summary>Page type → (page path, its API twin).</summary>
    static readonly Dictionary<string, Func<Ids, (string Page, string Api)>> Twins = new()
    {
        ["home"] = _ => ("/explore", "/v1/meta"),
        ["profile"] = _ => ($"/explore/profiles/{Profile}", $"/v1/profiles/{Profile}/summary"),
        ["findings"] = _ => ($"/explore/policies?{WellDevelopedDimension3}", $"/v1/policies?{WellDevelopedDimension3}"),
        ["finding"] = ids => ($"/explore/policies/{ids.Finding}", $"/v1/policies/{ids.Finding}"),
        ["instruments"] = _ => ("/explore/instruments", "/v1/instruments"),
        ["instrument"] = ids => ($"/explore/instruments/{ids.Instrument}", $"/v1/instruments/{ids.Instrument}"),
        ["covid-responses"] = _ => ("/explore/covid-responses", "/v1/covid-responses"),
        ["search"] = _ => ("/explore/search?q=migration", "/v1/search?q=migration"),
        ["bad-request"] = _ => ("/explore/policies?dimension=9", "/v1/policies?dimension=9"),
        ["not-found"] = _ => ("/explore/profiles/XXX-1999", "/v1/profiles/XXX-1999"),
    };

    sealed record Ids(string Finding, string Instrument);
    static Ids? _ids;

    /// <summary>The page type's path, and the status it must answer with (its API twin's).</summary>
    public static async Task<(string Path, int Status)> ResolveAsync(Explorer explorer, string name)
    {
        _ids ??= await FindIdsAsync(explorer);
        var (page, api) = Twins[name](_ids);
        using var response = await explorer.Http.GetAsync(new Uri(api, UriKind.Relative));
        return (page, (int)response.StatusCode);
    }

    static async Task<Ids> FindIdsAsync(Explorer explorer)
    {
        var findings = await explorer.GetJsonAsync($"/v1/policies?profile={Profile}&pageSize=100");
        var finding = findings.GetProperty("items").EnumerateArray().First(p =>
            p.GetProperty("instrumentIds").GetArrayLength() > 0 && p.GetProperty("footnotes").GetArrayLength() > 0);
        return new(finding.GetProperty("id").GetString()!, finding.GetProperty("instrumentIds")[0].GetString()!);
    }
}
