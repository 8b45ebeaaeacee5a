using System.Text.RegularExpressions;

namespace Mgi.Client.Generator;

/// <summary>
/// Changes to NSwag's output that its settings do not offer. Each replacement must find what it
/// replaces: a new NSwag that writes something else fails the build here instead of shipping quietly.
/// </summary>
static class Polish
{
    static readonly (Regex Find, string Replace, string Why)[] Replacements =
    [
        (new(Regex.Escape("new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>>()")),
         "new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>>(System.StringComparer.OrdinalIgnoreCase)",
         "HTTP header names are case-insensitive; the exception's and FileResponse's Headers are read by name"),
        (new(@"\r?\n[ ]*\[System\.Text\.Json\.Serialization\.JsonConverter\(typeof\(System\.Text\.Json\.Serialization\.JsonStringEnumConverter<\w+>\)\)\]"),
         "",
         "a vocabulary is an extensible struct (Vocabularies) with its own converter, not an enum"),
        (new(@"var objectResponse_ = await ReadObjectResponseAsync<ProblemDetails>\(response_, headers_, cancellationToken\)\.ConfigureAwait\(false\);\s*if \(objectResponse_\.Object == null\)\s*\{\s*throw new MgiApiException\(""Response was null which was not expected\."", status_, objectResponse_\.Text, headers_, null\);\s*\}\s*throw new MgiApiException<ProblemDetails>\((?<summary>""(?:[^""\\]|\\.)*""), status_, objectResponse_\.Text, headers_, objectResponse_\.Object, null\);"),
         "throw await Failure.From(response_, ${summary}, cancellationToken).ConfigureAwait(false);",
         "an error's body is read as text and kept (NSwag streams it into ProblemDetails and keeps no text), and the client throws one exception type, not MgiApiException<ProblemDetails>"),
    ];

    public static string Apply(string generated)
    {
        foreach (var (find, replace, why) in Replacements)
        {
            if (!find.IsMatch(generated))
                throw new InvalidOperationException($"NSwag's output no longer contains {find} (replaced because {why}).");
            generated = find.Replace(generated, replace);
        }
        return generated;
    }
}
