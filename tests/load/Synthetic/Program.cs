using System.Text.Json;
using System.Text.Json.Nodes;

// Usage: Synthetic <data dir> <output dir> [profiles=200]
// Writes a data directory holding the real catalogues and profiles plus N synthetic national
// profiles (jurisdictions QAA, QAB, … from the ISO user-assigned range), each with as many
// findings, notes and key sources as Mexico's. Texts are Mexico's with the words of each paragraph
// rotated by the profile's index, so that every profile has its own word order while the
// vocabulary, and so the full-text index, stays realistic. Kept out of the default data.
if (args.Length < 2) { Console.Error.WriteLine("usage: Synthetic <data dir> <output dir> [profiles]"); return 2; }
var source = args[0];
var output = args[1];
var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
foreach (var file in Directory.GetFiles(source, "*.json", SearchOption.AllDirectories))
{
    var target = Path.Combine(output, Path.GetRelativePath(source, file));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(file, target);
}

var jurisdictionsPath = Path.Combine(output, "catalogue", "jurisdictions.json");
var jurisdictions = JsonNode.Parse(File.ReadAllText(jurisdictionsPath))!;
var mexico = File.ReadAllText(Path.Combine(source, "profiles", "MEX-2022.json"));
for (var i = 0; i < count; i++)
{
    var code = $"Q{(char)('A' + i / 26)}{(char)('A' + i % 26)}";
    jurisdictions["jurisdictions"]!.AsArray().Add(new JsonObject
    {
        ["code"] = code, ["name"] = $"Synthetic country {code}", ["level"] = "national",
        ["parentCode"] = null, ["iso2"] = null, ["m49"] = null,
    });
    var profile = JsonNode.Parse(mexico.Replace("MEX-2022", $"{code}-2022", StringComparison.Ordinal))!;
    profile["jurisdictionCode"] = code;
    profile["title"] = $"Migration Governance Indicators Profile 2022 – Synthetic country {code}";
    foreach (var list in new[] { "policies", "covidResponses", "footnotes" })
        foreach (var record in profile[list]!.AsArray())
            record!["text"] = Rotate(record["text"]!.GetValue<string>(), i);
    // Rotated texts no longer hold every instrument's name as written (the build checks that they
    // do), so synthetic findings and answers cite no instruments: the instruments stay Mexico's.
    foreach (var list in new[] { "policies", "covidResponses" })
        foreach (var record in profile[list]!.AsArray()) record!["instrumentIds"] = new JsonArray();
    File.WriteAllText(Path.Combine(output, "profiles", $"{code}-2022.json"), profile.ToJsonString(options));
}
File.WriteAllText(jurisdictionsPath, jurisdictions.ToJsonString(options));
Console.WriteLine($"wrote {count} synthetic profiles to {Path.GetFullPath(output)}");
return 0;

static string Rotate(string text, int by)
{
    var words = text.Split(' ');
    var shift = by % words.Length;
    return string.Join(' ', words[shift..].Concat(words[..shift]));
}
