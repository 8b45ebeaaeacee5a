using System.Text.Json.Nodes;
using Mgi.Api.Common.Csv;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Features.Downloads.DataPackage;

/// <summary>One table of the package: a list resource, all its rows, its keys.</summary>
internal sealed record Resource(string Name, Type Type, System.Collections.IEnumerable Rows, string[] PrimaryKey, (string Field, string Resource, string Key)[] ForeignKeys)
{
    public JsonObject Descriptor()
    {
        var columns = CsvColumns.For(Type).Columns;
        return new JsonObject
        {
            ["name"] = Name,
            ["path"] = Name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(columns.Select(c => (JsonNode)Field(c)).ToArray()),
                ["missingValues"] = new JsonArray(""),
                ["primaryKey"] = new JsonArray(PrimaryKey.Select(k => (JsonNode)k).ToArray()),
                ["foreignKeys"] = new JsonArray(ForeignKeys.Select(f => (JsonNode)new JsonObject
                {
                    ["fields"] = f.Field,
                    // "" is the resource itself (Table Schema's self-reference).
                    ["reference"] = new JsonObject { ["resource"] = f.Resource == Name ? "" : f.Resource, ["fields"] = f.Key },
                }).ToArray()),
            },
        };
    }

    static JsonObject Field(CsvColumn column)
    {
        var field = new JsonObject { ["name"] = column.Name, ["type"] = column.Type };
        if (column.Type == "boolean")
        {
            field["trueValues"] = new JsonArray("true");
            field["falseValues"] = new JsonArray("false");
        }
        if (column.Required) field["constraints"] = new JsonObject { ["required"] = true };
        return field;
    }
}

/// <summary>The package's tables, read through the same queries as the list routes.</summary>
internal static class Resources
{
    static T All<T>() where T : PagedRequest, new() => new() { PageSize = int.MaxValue };

    public static IReadOnlyList<Resource> All(SqliteConnection db) =>
    [
        new("jurisdictions", typeof(Jurisdictions.Jurisdiction),
            Jurisdictions.List.Data.All(db).ToList(),
            ["code"], [("parentCode", "jurisdictions", "code")]),
        new("profiles", typeof(Profiles.Profile),
            Profiles.List.Data.All(db).ToList(),
            ["id"], [("jurisdictionCode", "jurisdictions", "code")]),
        new("dimensions", typeof(Dimensions.Dimension),
            Dimensions.List.Data.Page(db, All<Dimensions.List.ListDimensionsRequest>()),
            ["number"], []),
        new("indicators", typeof(Indicators.Indicator),
            Indicators.List.Data.All(db).ToList(),
            ["code"], [("dimensionNumber", "dimensions", "number")]),
        new("conventions", typeof(Conventions.Convention),
            Conventions.List.Data.Page(db, All<Conventions.List.ListConventionsRequest>()),
            ["code"], []),
        new("ratifications", typeof(Jurisdictions.Ratifications.Ratification),
            Jurisdictions.Ratifications.Data.All(db),
            ["jurisdictionCode", "conventionCode", "profileId"],
            [("jurisdictionCode", "jurisdictions", "code"), ("conventionCode", "conventions", "code"), ("profileId", "profiles", "id")]),
        new("policies", typeof(Policies.Policy),
            Policies.List.Data.All(db).ToList(),
            ["id"], [("profileId", "profiles", "id"), ("jurisdictionCode", "jurisdictions", "code"), ("dimensionNumber", "dimensions", "number")]),
        new("covid-responses", typeof(CovidResponses.CovidResponse),
            CovidResponses.List.Data.All(db).ToList(),
            ["id"], [("profileId", "profiles", "id"), ("jurisdictionCode", "jurisdictions", "code")]),
        new("sources", typeof(Sources.List.Source),
            Sources.List.Data.All(db).ToList(),
            ["id"], [("profileId", "profiles", "id")]),
        new("footnotes", typeof(Footnotes.List.Footnote),
            Footnotes.List.Data.All(db).ToList(),
            ["id"], [("profileId", "profiles", "id")]),
    ];
}
