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
        (new(@"typeof\(System\.Text\.Json\.Serialization\.JsonStringEnumConverter<(\w+)>\)"),
         "typeof(Mgi.Client.VocabularyConverter<$1>)",
         "System.Text.Json's enum converter ignores [EnumMember]; the wire's values are kebab-case (well-developed)"),
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
