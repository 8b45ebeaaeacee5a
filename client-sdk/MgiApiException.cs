using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Mgi.Client;

// The hand-written half of the exception NSwag generates: the one exception type of the client.
// Every error response of the API is an RFC 9457 problem; this exposes it whatever the status,
// declared in the contract (NSwag throws MgiApiException<ProblemDetails>) or not (e.g. a 502 from a
// proxy, or a CSV call, parsed from the body when it is a problem document).
/// <summary>
/// The one exception of the client: the service answered with an error (or not at all, after the
/// retries). <see cref="Exception.Message"/> carries the problem's title and detail; <see cref="StatusCode"/>,
/// <see cref="Problem"/>, <see cref="ParameterNames"/> and <see cref="RetryAfter"/> say more.
/// </summary>
public partial class MgiApiException
{
    /// <summary>The problem details of the error response, or null when its body was not a problem document.</summary>
    public ProblemDetails? Problem => this is MgiApiException<ProblemDetails> typed ? typed.Result : ParseProblem(Response);

    /// <summary>
    /// What went wrong, in the service's words: the problem's title and detail (e.g. "Not Found: No
    /// jurisdiction has the code 'ZZZ'."), and the status. Without a problem document, the status and
    /// what the contract says about it.
    /// </summary>
    public override string Message
    {
        get
        {
            var problem = Problem;
            var status = StatusCode.ToString(CultureInfo.InvariantCulture);
            if (StatusCode == 0) return Summary; // no response at all: the summary says why
            if (problem is null) return $"{Summary} (HTTP {status})";
            var text = string.IsNullOrEmpty(problem.Detail) ? problem.Title : $"{problem.Title}: {problem.Detail}";
            var parameters = ParameterNames.Count > 0 ? $"; parameters: {string.Join(", ", ParameterNames)}" : "";
            return $"{text} (HTTP {status}{parameters})";
        }
    }

    // NSwag's message is the contract's description of the status followed by the body; its first line alone.
    string Summary => base.Message.Split('\n')[0];

    /// <summary>True when no response came at all (network failure, or a timeout ran out after the retries); <see cref="Exception.InnerException"/> says which. <see cref="StatusCode"/> is then 0.</summary>
    public bool IsNoResponse => StatusCode == 0;

    /// <summary>True for a 404: the code or id named in the call does not exist.</summary>
    public bool IsNotFound => StatusCode == 404;

    /// <summary>True for a 400: a parameter was refused; <see cref="ParameterNames"/> names it.</summary>
    public bool IsBadRequest => StatusCode == 400;

    /// <summary>True for a 429: over the service's rate limit even after the client's retries; see <see cref="RetryAfter"/>.</summary>
    public bool IsRateLimited => StatusCode == 429;

    /// <summary>The names of the parameters the problem points at (e.g. "pageSize"), empty when none.</summary>
    public IReadOnlyList<string> ParameterNames =>
        Problem?.Errors?.Select(e => e.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList() ?? [];

    /// <summary>How long the service asked the client to wait (Retry-After on a 429 or 503), or null.</summary>
    public TimeSpan? RetryAfter =>
        Headers is not null && Headers.TryGetValue("Retry-After", out var values) ? RetryAfterHeader.Parse(values.FirstOrDefault(), DateTimeOffset.UtcNow) : null;

    static ProblemDetails? ParseProblem(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body!.TrimStart()[0] != '{') return null;
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
