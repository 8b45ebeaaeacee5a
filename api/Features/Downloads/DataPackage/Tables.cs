using System.Text.Json.Nodes;
using Mgi.Api.Csv;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Downloads.DataPackage;

/// <summary>The package's tables: one per resource, its CSV the same as the list's, all rows.</summary>
internal static class Tables
{
    /// <summary>
    /// The Table Schema resource of a table: fields from its CSV columns, its keys. With the HXL row
    /// (<paramref name="hxl"/>), the CSV dialect names '#' as the comment character, so that data
    /// package tools skip that row (every HXL cell starts with '#'; no first column of ours does).
    /// </summary>
    public static JsonObject Descriptor(IResource table, bool hxl)
    {
        var columns = CsvColumns.For(table.ItemType).Columns;
        var resource = new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.Name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(columns.Select(c => (JsonNode)Field(c)).ToArray()),
                ["missingValues"] = new JsonArray(""),
                ["primaryKey"] = new JsonArray(table.PrimaryKey.Select(k => (JsonNode)k).ToArray()),
                ["foreignKeys"] = new JsonArray(table.ForeignKeys.Select(f => (JsonNode)new JsonObject
                {
                    ["fields"] = f.Field,
                    // "" is the resource itself (Table Schema's self-reference).
                    ["reference"] = new JsonObject { ["resource"] = f.Resource == table.Name ? "" : f.Resource, ["fields"] = f.Key },
                }).ToArray()),
            },
        };
        if (hxl) resource["dialect"] = new JsonObject { ["header"] = true, ["commentChar"] = "#" };
        return resource;
    }

    static JsonObject Field(CsvColumn column)
    {
        var field = new JsonObject { ["name"] = column.Name, ["type"] = column.Type, ["hxl"] = column.Hxl };
        if (column.Type == "boolean")
        {
            field["trueValues"] = new JsonArray("true");
            field["falseValues"] = new JsonArray("false");
        }
        if (column.Required) field["constraints"] = new JsonObject { ["required"] = true };
        return field;
    }
}
