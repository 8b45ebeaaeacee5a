using System.ComponentModel;
using System.Text;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Jurisdictions.Ratifications;
using Mgi.Api.Features.Profiles;
using Mgi.Api.Features.Profiles.Summary;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Mcp.Tools;

/// <summary>A profile at a glance and a jurisdiction's ratifications: what /v1/profiles/{id}/summary and /v1/jurisdictions/{code}/ratifications read.</summary>
[McpServerToolType]
public sealed class ProfileTools(Database database, ProfilesResource profiles, ProfileCounts counts, JurisdictionsResource jurisdictions,
    RatificationsResource ratifications, CitedRecords records)
{
    [McpServerTool(Name = "profile_summary", Title = "An MGI profile at a glance", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ProfileRecord))]
    [Description("An MGI profile's counts by its id (e.g. MEX-2022): per dimension, how many findings are well developed and how many have potential "
        + "for further development; conventions ratified and not; COVID-19 answers, notes, key sources and instruments; with the profile's citation "
        + "and licence. A profile whose dataStatus is referenced is only known as a publication (its counts are 0). Each count equals the total "
        + "list_findings gives for the same filters.")]
    public CallToolResult ProfileSummary([Description("The profile's id: jurisdiction code and year, e.g. MEX-2022.")] string id)
    {
        if (profiles.Items.Find(id) is not { } found) throw new ToolArgumentException([new ValidationFailure("id", GetProfileSummaryRequest.NoSuchId(id))]);
        using var db = database.Open();
        var record = records.Profile(found.Item, counts.Read(db, found.Item));
        var text = new StringBuilder($"{record.Title} ({record.Id}, {record.Summary.DataStatus}).");
        foreach (var d in record.Summary.Dimensions)
            text.Append($"\nDimension {d.Number}, {record.DimensionNames.First(n => n.Number == d.Number).Name}: {d.WellDeveloped} well developed, {d.FurtherDevelopment} with potential for further development.");
        var s = record.Summary;
        text.Append($"\nConventions: {s.ConventionsRatified} ratified, {s.ConventionsNotRatified} not. COVID-19 answers: {s.CovidResponses}. Notes: {s.Footnotes}. Key sources: {s.Sources}. Instruments: {s.Instruments}.")
            .Append($"\nCitation: {record.Citation}\nLicence: {record.License?.Code} ({record.License?.Url})\nAPI: {record.Url}");
        return ToolResult.Of(record, text.ToString());
    }

    [McpServerTool(Name = "list_ratifications", Title = "Conventions ratified by a jurisdiction", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(RatificationsList))]
    [Description("The status of each international convention of an MGI profile's ratification table (ILO and UN conventions on migrant workers, "
        + "refugees, statelessness, the rights of the child…) for a jurisdiction, as the profile records it: ratified or not, and the year. "
        + "Ratifications are national: a state (e.g. MX-CHH) gets its country's.")]
    public CallToolResult ListRatifications([Description("The jurisdiction's code: ISO 3166-1 alpha-3 for a country (MEX), ISO 3166-2 for a state (MX-CHH).")] string jurisdiction)
    {
        if (jurisdictions.Items.Find(jurisdiction) is not { } found)
            throw new ToolArgumentException([new ValidationFailure("jurisdiction", ListRatificationsRequest.NoSuchCode(jurisdiction))]);
        var code = found.Item.Code;
        var request = new ListRatificationsRequest { Code = code, PageSize = PagedRequest.MaxPageSize };
        using var db = database.Open();
        var (page, refusal) = ratifications.Source(db, request).Read(request);
        if (page is null) throw new ToolArgumentException([refusal!]);
        var result = new RatificationsList
        {
            JurisdictionCode = code, Total = page.Total,
            Ratifications = [.. page.Items.Select(r => records.Ratification(r.Item, code))],
        };
        var text = new StringBuilder($"{page.Total} conventions for {code}.");
        foreach (var r in result.Ratifications)
            text.Append($"\n{r.Ratification.ConventionName} ({r.Id}): {(r.Ratification.Ratified ? $"ratified{(r.Ratification.Year is { } y ? $" in {y}" : "")}" : "not ratified")} ({r.Ratification.ProfileId})");
        if (result.Ratifications.Count > 0 && result.Ratifications[0] is var first) text.Append($"\nCitation: {first.Citation}\nLicence: {first.License?.Code} ({first.License?.Url})");
        return ToolResult.Of(result, text.Append($"\nAPI: {records.Url(ListRatificationsRequest.Route, code)}").ToString());
    }
}
