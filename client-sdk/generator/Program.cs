using System.Text.Json.Nodes;
using Mgi.Client.Generator;

// prepare <openapi.json> <client-view.json>: the contract as the client sees it (see ClientView).
// finish <openapi.json> <nswag-output.cs> <members.g.cs>: polish NSwag's file in place and write the
// members it cannot generate (see Members and Polish).
switch (args)
{
    case ["prepare", var contract, var view]:
        File.WriteAllText(view, ClientView.From(Read(contract)).ToJsonString(new() { WriteIndented = true }));
        return 0;
    case ["finish", var contract, var generated, var members]:
        var document = Read(contract);
        File.WriteAllText(generated, Docs.Fill(Vocabularies.Rewrite(Polish.Apply(File.ReadAllText(generated))), document));
        var tags = (document["tags"]?.AsArray() ?? []).ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>() ?? "");
        File.WriteAllText(members, Members.Write(Operations.In(document), tags));
        return 0;
    default:
        Console.Error.WriteLine("usage: prepare <openapi.json> <client-view.json> | finish <openapi.json> <nswag-output.cs> <members.g.cs>");
        return 2;
}

static JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();
