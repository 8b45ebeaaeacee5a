using System.Text.Json.Nodes;

namespace Mgi.Client.Generator;

/// <summary>
/// The contract as NSwag should see it for the client. Over HTTP a list answers JSON or, with
/// format=csv or Accept: text/csv, every matching row as CSV. A typed method cannot return both, so
/// the client's view keeps the JSON and drops format and hxl (CSV only); the CSV is a method of its
/// own (Members) returning a Stream. The vocabulary the format parameter used goes with it.
/// Lists leave NSwag's view altogether: a method with one parameter per filter breaks its callers
/// whenever a filter is added, so Members writes each list as a pageable taking an options type.
/// Their envelopes (PagedListOf…) and vocabularies stay, for the pageables to read.
/// </summary>
static class ClientView
{
    public static JsonObject From(JsonObject contract)
    {
        var view = contract.DeepClone().AsObject();
        foreach (var (_, item) in view["paths"]!.AsObject())
        {
            if (item!["get"] is not JsonObject get || !Operations.HasCsv(get)) continue;
            get["responses"]!["200"]!["content"]!.AsObject().Remove("text/csv");
            var parameters = get["parameters"]!.AsArray();
            foreach (var csvOnly in parameters.Where(p => Operations.CsvOnly.Contains(p!["name"]!.GetValue<string>())).ToList())
                parameters.Remove(csvOnly);
        }
        // A schema nothing refers to any more would still become a public type.
        var schemas = view["components"]!["schemas"]!.AsObject();
        var text = view.ToJsonString();
        foreach (var (path, _) in view["paths"]!.AsObject().Where(p => p.Value!["get"] is JsonObject get && Operations.IsList(get, schemas)).ToList())
            view["paths"]!.AsObject().Remove(path);
        foreach (var name in schemas.Select(s => s.Key).ToList())
            if (!text.Contains($"\"#/components/schemas/{name}\"", StringComparison.Ordinal)) schemas.Remove(name);
        return view;
    }
}
