using System.Security;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mgi.Client.Generator;

/// <summary>
/// XML docs for the public members NSwag writes without any (its file turns CS1591 off; this step
/// turns it back on). Operations and models take their docs from the contract already; what is left
/// is NSwag's own machinery (constructors, FileResponse, the exception), the vocabularies' members
/// and the clients, documented here from the contract's tags. A public member no rule knows stays
/// undocumented, and the build fails on it (CS1591): add a rule, or a description to the contract.
/// </summary>
static class Docs
{
    sealed record Rule(Regex Declaration, Func<Match, IReadOnlyDictionary<string, string>, string[]> Lines);

    static readonly Rule[] Rules =
    [
        new(new(@"^public partial interface I(\w+)Client\b"), (m, tags) =>
            [$"<summary>The {Tag(m)} operations: {Tags(tags, m)} Implemented by <see cref=\"{m.Groups[1].Value}Client\"/>; registered by MgiClientRegistration.AddMgiClient.</summary>"]),
        new(new(@"^public partial class (\w+)Client : I\w+Client\b"), (m, tags) =>
            [$"<summary>The {Tag(m)} operations over an injected HttpClient: {Tags(tags, m)}</summary>"]),
        new(new(@"^public (\w+)Client\(System\.Net\.Http\.HttpClient httpClient\)"), (m, _) =>
            ["<summary>A client that sends through <paramref name=\"httpClient\"/>.</summary>",
             "<param name=\"httpClient\">Its BaseAddress is the API's address; MgiHttpClient.Create gives one with the default retries and User-Agent.</param>"]),
        new(new(@"^protected System\.Text\.Json\.JsonSerializerOptions JsonSerializerSettings\b"), (_, _) =>
            ["<summary>The JSON options responses are read with.</summary>"]),
        new(new(@"^public bool ReadResponseAsString\b"), (_, _) =>
            ["<summary>True reads each response body as text before deserializing it (kept for errors); false, the default, streams it.</summary>"]),
        new(new(@"^protected struct ObjectResponseResult<T>"), (_, _) =>
            ["<summary>A response body read as <typeparamref name=\"T\"/>, with its text when <see cref=\"ReadResponseAsString\"/> is set.</summary>",
             "<typeparam name=\"T\">The type the body is read as.</typeparam>"]),
        new(new(@"^public ObjectResponseResult\(T responseObject, string responseText\)"), (_, _) =>
            ["<summary>A body as read.</summary>", "<param name=\"responseObject\">The body as <typeparamref name=\"T\"/>.</param>", "<param name=\"responseText\">Its text, or an empty string.</param>"]),
        new(new(@"^public T Object \{ get; \}"), (_, _) => ["<summary>The body as read.</summary>"]),
        new(new(@"^public string Text \{ get; \}"), (_, _) => ["<summary>The body's text when it was kept, else an empty string.</summary>"]),
        new(new(@"^protected virtual async System\.Threading\.Tasks\.Task<ObjectResponseResult<T>> ReadObjectResponseAsync<T>\("), (_, _) =>
            ["<summary>Reads a response body as JSON.</summary>", "<typeparam name=\"T\">The type to read.</typeparam>",
             "<param name=\"response\">The response.</param>", "<param name=\"headers\">Its headers, for the exception when the body cannot be read.</param>",
             "<param name=\"cancellationToken\">Cancels the read.</param>", "<returns>The body, and its text when kept.</returns>"]),
        new(new(@"^public partial class FileResponse : System\.IDisposable"), (_, _) =>
            ["<summary>A downloaded file: its status, headers and bytes. Dispose it to release the connection.</summary>"]),
        new(new(@"^public FileResponse\(int statusCode,"), (_, _) =>
            ["<summary>A downloaded file.</summary>", "<param name=\"statusCode\">200, or 206 for a range.</param>", "<param name=\"headers\">The response's headers.</param>",
             "<param name=\"stream\">The body.</param>", "<param name=\"client\">Disposed with the file, when the client was made for it.</param>", "<param name=\"response\">Disposed with the file.</param>"]),
        new(new(@"^public int StatusCode \{ get; private set; \}"), (_, _) => ["<summary>The HTTP status of the response.</summary>"]),
        new(new(@"^public System\.Collections\.Generic\.IReadOnlyDictionary<string, System\.Collections\.Generic\.IEnumerable<string>> Headers \{ get; private set; \}"), (_, _) =>
            ["<summary>The response's headers (its content's included), by name in any case.</summary>"]),
        new(new(@"^public System\.IO\.Stream Stream \{ get; private set; \}"), (_, _) => ["<summary>The file's bytes, read as they arrive.</summary>"]),
        new(new(@"^public bool IsPartial$"), (_, _) => ["<summary>True for a 206: the body is the range asked for, not the whole file.</summary>"]),
        new(new(@"^public void Dispose\(\)"), (_, _) => ["<summary>Releases the stream and the response.</summary>"]),
    ];

    // A vocabulary's member, under its [EnumMember] attribute: documented by its wire value.
    static readonly Regex WireValue = new(@"^\[System\.Runtime\.Serialization\.EnumMember\(Value = @""(?<value>[^""]*)""\)\]$");
    static readonly Regex EnumMember = new(@"^\w+ = \d+,$");

    public static string Fill(string generated, JsonObject contract)
    {
        var tags = (contract["tags"]?.AsArray() ?? []).ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>() ?? "");
        var lines = generated.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines.RemoveAll(l => Regex.IsMatch(l, @"^#pragma warning (disable|restore) +1591\b"));
        var operations = Operations.In(contract).ToDictionary(o => o.Id + "Async");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            // NSwag says "A server side error occurred." of every error; the contract says what each status means.
            if (line == NSwagException)
            {
                var method = lines.Skip(i + 1).Select(l => MethodName.Match(l)).First(m => m.Success).Groups[1].Value;
                var margin = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
                lines.RemoveAt(i);
                var exceptions = Exceptions(operations[method]).Select(d => margin + "/// " + d).ToList();
                lines.InsertRange(i, exceptions);
                i += exceptions.Count - 1;
                continue;
            }
            string[]? doc = null;
            if (EnumMember.IsMatch(line) && i > 0 && WireValue.Match(lines[i - 1].Trim()) is { Success: true } wire)
                doc = [$"<summary>\"{Xml(wire.Groups["value"].Value)}\" on the wire.</summary>"];
            else if (Rules.FirstOrDefault(r => r.Declaration.IsMatch(line)) is { } rule)
                doc = rule.Lines(rule.Declaration.Match(line), tags);
            if (doc is null) continue;
            // Above the member's attributes, unless NSwag documented it already.
            var at = i;
            while (at > 0 && lines[at - 1].Trim().StartsWith('[')) at--;
            if (at > 0 && lines[at - 1].Trim().StartsWith("///", StringComparison.Ordinal)) continue;
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            lines.InsertRange(at, doc.Select(d => indent + "/// " + d));
            i += doc.Length;
        }
        return string.Join("\n", lines);
    }

    const string NSwagException = "/// <exception cref=\"MgiApiException\">A server side error occurred.</exception>";
    static readonly Regex MethodName = new(@"\s(\w+Async)\(");

    /// <summary>The exception's docs for an operation: one line per error status the contract declares.</summary>
    public static IEnumerable<string> Exceptions(Operation o) =>
        o.Errors.Select(e => $"<exception cref=\"MgiApiException\">{e.Status}: {Xml(e.Description).ReplaceLineEndings(" ")}</exception>")
            .Append("<exception cref=\"MgiApiException\">No response at all (StatusCode 0, IsNoResponse): the network failed or a timeout ran out after the retries.</exception>");

    static string Tag(Match m) => Regex.Replace(m.Groups[1].Value, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();

    static string Tags(IReadOnlyDictionary<string, string> tags, Match m) =>
        Xml(tags.TryGetValue(m.Groups[1].Value, out var description) ? description : "");

    static string Xml(string text) => SecurityElement.Escape(text);
}
