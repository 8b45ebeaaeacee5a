using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NSwag;

namespace Mgi.Api.Contract;

/// <summary>
/// The example of every 200 JSON response: the service's own answer to the operation's example
/// request (<see cref="Examples"/>, path and required parameters; a list asked for one item a page),
/// captured from the running service when <c>dotnet run --project api -- openapi</c> writes the
/// contract, and kept in Contract/response-examples.json (embedded). Captured, not computed at each
/// generation: the meta's build time and the catalogue's addresses differ from one run to the next,
/// and the committed contract must stay what the endpoints generate. ExampleTests keeps each equal
/// to what the service answers now, so none goes stale. Newtonsoft's JToken because NSwag writes
/// the document with Newtonsoft.
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

    /// <summary>Sets each captured answer as the example of its operation's JSON 200 media types.</summary>
    public void Apply(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(i => i.Values))
            if (_examples[operation.OperationId] is { } example && operation.Responses.TryGetValue("200", out var ok))
                foreach (var (_, media) in ok.Content.Where(c => IsJson(c.Key)))
                    media.Example = example.DeepClone();
    }

    /// <summary>Asks the running service (through <paramref name="client"/>) each operation's example request; keeps and answers the file's text.</summary>
    public async Task<string> CaptureAsync(OpenApiDocument document, HttpClient client)
    {
        var captured = new JObject();
        foreach (var (path, item) in document.Paths)
            foreach (var operation in item.Values)
                if (Request(path, operation) is { } request)
                {
                    using (request)
                    using (var response = await client.SendAsync(request))
                    {
                        var body = await response.Content.ReadAsStringAsync();
                        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {request.RequestUri}: {(int)response.StatusCode} {body}");
                        captured[operation.OperationId] = JToken.Parse(body);
                    }
                }
        _examples = captured;
        return captured.ToString(Formatting.Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The request whose answer is the operation's 200 example, or null when its 200 is not JSON.</summary>
    public static HttpRequestMessage? Request(string path, OpenApiOperation operation)
    {
        if (!operation.Responses.TryGetValue("200", out var ok) || ok.Content.Keys.FirstOrDefault(IsJson) is not { } mediaType) return null;
        var url = Examples.Url(path, operation, requiredOnly: true);
        if (ok.Content[mediaType].Schema?.ActualSchema.Properties.ContainsKey("totalPages") == true)
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=1";
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(mediaType);
        return request;
    }

    static bool IsJson(string mediaType) => mediaType.EndsWith("json", StringComparison.Ordinal);
}
