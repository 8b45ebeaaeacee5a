using System.ComponentModel;
using System.Text;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.Get;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Features.Search.List;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Mcp.Tools;

/// <summary>The findings: search the text, fetch one, list them by filters. Each reads what /v1/search, /v1/policies/{id} and /v1/policies read.</summary>
[McpServerToolType]
public sealed class FindingTools(Database database, Hits hits, PoliciesResource policies, CitedRecords records, ToolRequests requests)
{
    static readonly SearchValidator SearchRules = new();
    static readonly ListPoliciesValidator ListRules = new();

    [McpServerTool(Name = "search", Title = "Search the MGI profiles", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SearchResult))]
    [Description("Full-text search of the MGI profiles: findings (policy), COVID-19 answers, key sources and notes (footnotes), ranked by relevance, "
        + "10 hits a page, each with a snippet of the passage that matched. Use it to find which findings speak of a subject (remittances, "
        + "health care, labour migration), then get_finding for a finding's whole text. " + ToolTexts.About)]
    [ArgumentsOf(typeof(SearchRequest))]
    public CallToolResult Search(string q, string? type = null, string? jurisdiction = null, string? profile = null, int? dimension = null, int page = 1)
    {
        var request = requests.Valid(new SearchRequest
        {
            Q = q, Type = type, Jurisdiction = jurisdiction, Profile = profile, Dimension = dimension, Page = page, PageSize = ToolRequests.PageSize,
        }, SearchRules);
        var (found, refusal) = hits.Source(request).Read(request);
        if (found is null) throw new ToolArgumentException([refusal!]);
        var result = new SearchResult
        {
            Page = found.Page, PageSize = found.PageSize, Total = found.Total, TotalPages = found.TotalPages,
            Hits = [.. found.Items.Select(h => records.Hit(h.Item))],
        };
        var text = new StringBuilder($"{found.Total} hit{(found.Total == 1 ? "" : "s")} for \"{q}\" (page {found.Page} of {Math.Max(found.TotalPages, 1)}).");
        var n = (found.Page - 1) * found.PageSize;
        foreach (var hit in result.Hits)
            text.Append($"\n{++n}. [{hit.Hit.Type}] {hit.Id}: {hit.Hit.Title}\n   {hit.Hit.Snippet}\n   {hit.Url}");
        return ToolResult.Of(result, text.ToString());
    }

    [McpServerTool(Name = "get_finding", Title = "Get an MGI finding, verbatim", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(FindingRecord))]
    [Description("One finding of an MGI profile by its id (e.g. MEX-2022-1.2-01, from search or list_findings): its text verbatim, dimension and "
        + "assessment, its notes verbatim with their URLs, the instruments it names, and the profile's required citation and licence. "
        + "Quote the text exactly and give the citation with it. " + ToolTexts.About)]
    public CallToolResult GetFinding([Description("The finding's id, e.g. MEX-2022-1.2-01.")] string id)
    {
        if (policies.Items.Find(id) is not { } found) throw new ToolArgumentException([new ValidationFailure("id", GetPolicyRequest.NoSuchId(id))]);
        var record = records.Finding(found.Item);
        return ToolResult.Of(record, FindingText(record));
    }

    [McpServerTool(Name = "list_findings", Title = "List MGI findings by filters", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(FindingsPage))]
    [Description("The findings of the MGI profiles, whole, 10 a page, in the profiles' order, filtered as GET /v1/policies filters them "
        + "(jurisdiction, profile, dimension, assessment, indicator, instrument, q); facet (e.g. dimension,assessment) adds the count of each value. "
        + "Use it for questions like \"what does Mexico's profile find well developed in dimension 3\". " + ToolTexts.About)]
    [ArgumentsOf(typeof(ListPoliciesRequest))]
    public CallToolResult ListFindings(string? jurisdiction = null, string? profile = null, int? dimension = null, string? assessment = null,
        string? indicator = null, string? instrument = null, string? q = null, string? facet = null, int page = 1)
    {
        var request = requests.Valid(new ListPoliciesRequest
        {
            Jurisdiction = jurisdiction, Profile = profile, Dimension = dimension, Assessment = assessment, Indicator = indicator,
            Instrument = instrument, Q = q, Facet = facet, Page = page, PageSize = ToolRequests.PageSize,
        }, ListRules);
        using var db = database.Open();
        var (found, refusal) = policies.Source(db, request).Read(request);
        if (found is null) throw new ToolArgumentException([refusal!]);
        var result = new FindingsPage
        {
            Page = found.Page, PageSize = found.PageSize, Total = found.Total, TotalPages = found.TotalPages,
            Findings = [.. found.Items.Select(f => records.Finding(f.Item))], Facets = found.Facets,
        };
        var text = new StringBuilder($"{found.Total} finding{(found.Total == 1 ? "" : "s")} (page {found.Page} of {Math.Max(found.TotalPages, 1)}).");
        foreach (var (name, values) in found.Facets ?? new Dictionary<string, IReadOnlyList<FacetValue>>())
            text.Append($"\nBy {name}: {string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})"))}.");
        foreach (var finding in result.Findings) text.Append("\n\n").Append(FindingText(finding));
        return ToolResult.Of(result, text.ToString());
    }

    /// <summary>A finding as a model reads it: the verbatim text quoted, then where it is from and how to cite it.</summary>
    internal static string FindingText(FindingRecord record)
    {
        var f = record.Finding;
        var text = new StringBuilder()
            .Append($"{f.Id}: {f.Title} (title by the curators)\n")
            .Append($"Dimension {f.DimensionNumber}, {record.DimensionName}; {f.Assessment}. {record.AssessmentMeaning}\n")
            .Append($"Text, verbatim: \"{f.Text}\"");
        foreach (var note in f.Footnotes)
            text.Append($"\nNote {note.Number}, verbatim: \"{note.Text}\"").Append(note.Urls.Count > 0 ? " " + string.Join(" ", note.Urls) : "");
        if (record.Instruments.Count > 0) text.Append("\nInstruments named: ").Append(string.Join("; ", record.Instruments.Select(i => $"{i.Name} ({i.Id})")));
        return text.Append($"\nCitation: {record.Citation}\nLicence: {record.License?.Code} ({record.License?.Url})\nAPI: {record.Url}").ToString();
    }
}
