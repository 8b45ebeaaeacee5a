using Mgi.Api.Data;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// Where a dimension number is asked for (a dimension filter, the path of /v1/dimensions/{number}),
/// the description names the six dimensions, read from the data set being served, so the numbers
/// an analyst types have their meaning beside them and no name is typed twice.
/// </summary>
public static class DimensionNames
{
    public static void Apply(OpenApiDocument document, Database database)
    {
        string names;
        using (var lease = database.Open())
            names = string.Join("; ", lease.Rows("SELECT number, name FROM dimensions ORDER BY number").Select(r => $"{r[0]} {r[1]}"));
        foreach (var (path, item) in document.Paths)
            foreach (var parameter in item.Values.SelectMany(o => o.Parameters))
                if ((parameter.Kind == OpenApiParameterKind.Query && parameter.Name == "dimension")
                    || (parameter.Kind == OpenApiParameterKind.Path && path.EndsWith("/dimensions/{number}", StringComparison.Ordinal)))
                    parameter.Description = $"{parameter.Description?.TrimEnd('.')}: {names}.";
    }
}
