using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// The example of every parameter in the contract, declared once: real values of the served data,
/// chosen around one finding of the Mexico 2022 profile (MEX-2022-1.2-01: health care for all
/// residents, dimension 1, well developed, naming the Migration Law) so that an operation's examples
/// still match records together, as Swagger UI's "Try it out" sends them all at once.
/// ExampleTests keeps each true against the served data (alone and together: 200, not empty).
/// </summary>
public static class Examples
{
    /// <summary>Query parameters, by name. A list's facet parameter takes its first facet (FacetContract).</summary>
    public static readonly IReadOnlyDictionary<string, object> Query = new Dictionary<string, object>
    {
        ["jurisdiction"] = "MEX",
        ["profile"] = "MEX-2022",
        ["dimension"] = 1,
        ["assessment"] = "well-developed",
        ["indicator"] = "d1-health",
        ["instrument"] = "mex-migration-law",
        ["q"] = "migration",
        ["kind"] = "law",
        ["topic"] = "access-to-health-care",
        ["section"] = "body",
        ["level"] = "subnational",
        ["parent"] = "MEX",
        ["year"] = 2022,
        ["dataStatus"] = "complete",
        ["type"] = "policy",
        ["page"] = 1,
        ["pageSize"] = 10,
        ["format"] = "json",
        ["hxl"] = false,
    };

    /// <summary>Path parameters, by route: the record each item route's example names.</summary>
    public static readonly IReadOnlyDictionary<string, object> Path = new Dictionary<string, object>
    {
        ["/v1/jurisdictions/{code}"] = "MEX",
        ["/v1/jurisdictions/{code}/ratifications"] = "MEX",
        ["/v1/profiles/{id}"] = "MEX-2022",
        ["/v1/profiles/{id}/summary"] = "MEX-2022",
        ["/v1/dimensions/{number}"] = 1,
        ["/v1/indicators/{code}"] = "d1-health",
        ["/v1/conventions/{code}"] = "icrmw-1990",
        ["/v1/policies/{id}"] = "MEX-2022-1.2-01",
        ["/v1/covid-responses/{id}"] = "MEX-2022-covid-02",
        ["/v1/instruments/{id}"] = "mex-migration-law",
    };

    /// <summary>Gives every parameter of the document its example; one without fails the contract build.</summary>
    public static void Apply(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
            foreach (var operation in item.Values)
                foreach (var parameter in operation.Parameters.Where(p => p.Example is null))
                    parameter.Example = (parameter.Kind == OpenApiParameterKind.Path ? Path.GetValueOrDefault(path) : Query.GetValueOrDefault(parameter.Name))
                        ?? throw new InvalidOperationException($"{path}: parameter {parameter.Name} has no example; declare one in {nameof(Examples)}.");
    }

    /// <summary>The request an operation's examples make: its path with the path examples and, given, its query examples.</summary>
    public static string Url(string path, OpenApiOperation operation, bool requiredOnly)
    {
        var url = operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Path)
            .Aggregate(path, (u, p) => u.Replace("{" + p.Name + "}", Uri.EscapeDataString(Text(p.Example)), StringComparison.Ordinal));
        var query = operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Query && (p.IsRequired || !requiredOnly))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Text(p.Example))}");
        return string.Join("&", query) is { Length: > 0 } q ? url + "?" + q : url;
    }

    static string Text(object? example) => example switch
    {
        Newtonsoft.Json.Linq.JValue read => Text(read.Value), // an example read back from a document
        bool b => b ? "true" : "false",
        _ => Convert.ToString(example, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
