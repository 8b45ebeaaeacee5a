using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Mgi.Api.Csv;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// The example of every 200 JSON or CSV response: the service's own answer to the operation's
/// example request (<see cref="Examples"/>, path and required parameters; a JSON list asked for one
/// item a page; a CSV cut after its first row), captured from the running service when
/// <c>dotnet run --project api -- openapi</c> writes the contract, and kept in
/// Contract/response-examples.json (embedded). Captured, not computed at each generation: the
/// meta's build time and the catalogue's addresses differ from one run to the next, and the
/// committed contract must stay what the endpoints generate. ExampleTests keeps each equal to what
/// the service answers now, so none goes stale. Newtonsoft's JToken because NSwag writes the
/// document with Newtonsoft. Files (the downloads) have no example.
/// </summary>
public sealed class ResponseExamples
{
    /// <summary>The file in the repository, from its root.</summary>
    public const string SourcePath = "api/Contract/response-examples.json";

    JObject _examples = Load();

    static JObject Load()
    {
        using var stream = typeof(ResponseExamples).Assembly.GetManifestResourceStream("Mgi.Api.Contract.response-examples.json");
        return stream is null ? [] : JObject.Parse(new StreamReader(stream).ReadToEnd());
    }

    /// <summary>Sets each captured answer as the example of its operation's 200 media type.</summary>
    public void Apply(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(i => i.Values))
            if (_examples[operation.OperationId] is JObject captured && operation.Responses.TryGetValue("200", out var ok))
                foreach (var (mediaType, media) in ok.Content)
                    if (captured[mediaType] is { } example) media.Example = example.DeepClone();
    }

    /// <summary>Asks the running service (through <paramref name="client"/>) each operation's example requests; keeps and answers the file's text.</summary>
    public async Task<string> CaptureAsync(OpenApiDocument document, HttpClient client)
    {
        var captured = new JObject();
        foreach (var (path, item) in document.Paths)
            foreach (var operation in item.Values)
                foreach (var mediaType in operation.Responses.TryGetValue("200", out var ok) ? ok.Content.Keys : [])
                {
                    using var request = Request(path, operation, mediaType);
                    if (request is null) continue;
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {request.RequestUri}: {(int)response.StatusCode} {body}");
                    var answers = (JObject)(captured[operation.OperationId] ??= new JObject());
                    answers[mediaType] = mediaType == CsvOutput.MediaType ? FirstRows(body) : JToken.Parse(body);
                }
        _examples = captured;
        return captured.ToString(Formatting.Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The request whose answer is the example of the operation's 200 <paramref name="mediaType"/>, or null for a file.</summary>
    public static HttpRequestMessage? Request(string path, OpenApiOperation operation, string mediaType)
    {
        if (!IsJson(mediaType) && mediaType != CsvOutput.MediaType) return null;
        var url = Examples.Url(path, operation, requiredOnly: true);
        if (IsJson(mediaType) && operation.Responses["200"].Content[mediaType].Schema?.ActualSchema.Properties.ContainsKey("totalPages") == true)
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=1";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(mediaType);
        return request;
    }

    /// <summary>A CSV's header and first row, as sent: cut after the second line break outside quotes (RFC 4180: a quoted field may hold line breaks; "" inside quotes toggles twice).</summary>
    public static string FirstRows(string csv)
    {
        var (quoted, breaks) = (false, 0);
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (csv[i] == '\n' && !quoted && ++breaks == 2) return csv[..(i + 1)];
        }
        return csv;
    }

    static bool IsJson(string mediaType) => mediaType.EndsWith("json", StringComparison.Ordinal);
}
