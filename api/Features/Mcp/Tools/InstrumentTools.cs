using System.ComponentModel;
using System.Text;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.Get;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mgi.Api.Features.Mcp.Tools;

/// <summary>An instrument and the findings that name it: what /v1/instruments/{id} and /v1/policies/{id} read.</summary>
[McpServerToolType]
public sealed class InstrumentTools(InstrumentsResource instruments, CitedRecords records)
{
    [McpServerTool(Name = "get_instrument", Title = "A law or programme and the findings naming it", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(InstrumentRecord))]
    [Description("A law, regulation, programme, plan, agreement or bill that MGI findings name, by its id (e.g. mex-migration-law, from a finding's "
        + "instruments): its name, every name the findings use for it (verbatim), kind, year of adoption and status where the profile states them, "
        + "and the findings that name it, whole and verbatim, each with its citation. The instrument record itself is the curators', not IOM's.")]
    public CallToolResult GetInstrument([Description("The instrument's id, e.g. mex-migration-law.")] string id)
    {
        if (instruments.Items.Find(id) is not { } found) throw new ToolArgumentException([new ValidationFailure("id", GetInstrumentRequest.NoSuchId(id))]);
        var record = records.Instrument(found.Item);
        var i = record.Instrument;
        var text = new StringBuilder($"{i.Name} ({i.Id}; {i.Kind}{(i.Year is { } y ? $", {y}" : "")}{(i.Status is { } s ? $"; {s}" : "")}). Named as: {string.Join("; ", i.Aliases)}.")
            .Append($"\n{record.Findings.Count} findings name it. API: {record.Url}");
        foreach (var finding in record.Findings) text.Append("\n\n").Append(FindingTools.FindingText(finding));
        return ToolResult.Of(record, text.ToString());
    }
}
