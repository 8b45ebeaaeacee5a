using System.Text.Json;

namespace Mgi.Client;

// Hand-written half of the generated exception: every error response of the API is an RFC 9457
// problem; this exposes it whatever the status, declared in the contract (4xx: typed Result) or not
// (e.g. a 5xx from a proxy, parsed from the body when it is a problem document).
public partial class MgiApiException
{
    /// <summary>The problem details of the error response, or null when the body was not a problem document.</summary>
    public ProblemDetails? Problem => this is MgiApiException<ProblemDetails> typed ? typed.Result : ParseProblem(Response);

    /// <summary>The names of the parameters the problem points at (e.g. "pageSize").</summary>
    public IReadOnlyList<string> ParameterNames =>
        Problem?.Errors?.Select(e => e.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList() ?? [];

    static ProblemDetails? ParseProblem(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{') return null;
        try
        {
            return JsonSerializer.Deserialize<ProblemDetails>(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
