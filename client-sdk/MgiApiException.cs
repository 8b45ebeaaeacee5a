using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Mgi.Client;

/// <summary>
/// The one exception of the client: the service answered with an error (every error of the API is an
/// RFC 9457 problem document), or did not answer at all after the retries. <see cref="Exception.Message"/>
/// is the problem's title and detail; <see cref="StatusCode"/>, <see cref="Problem"/> (title, detail,
/// status, the parameters' errors), <see cref="Response"/> (the raw body), <see cref="RequestId"/> and
/// <see cref="RetryAfter"/> say the rest.
/// </summary>
public class MgiApiException : Exception
{
    readonly Lazy<ProblemDetails?> _problem;

    /// <summary>An error response (or, with status 0, none).</summary>
    /// <param name="message">What the contract says of the status (shown when the body is not a problem document).</param>
    /// <param name="statusCode">The HTTP status; 0 when no response came.</param>
    /// <param name="response">The body, as text.</param>
    /// <param name="headers">The response's headers.</param>
    /// <param name="innerException">What failed underneath, if anything.</param>
    public MgiApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers ?? new Dictionary<string, IEnumerable<string>>();
        Summary = message;
        _problem = new Lazy<ProblemDetails?>(() => ParseProblem(response));
    }

    /// <summary>The HTTP status of the response; 0 when none came (<see cref="IsNoResponse"/>).</summary>
    public int StatusCode { get; }

    /// <summary>The error response's body as the service sent it (a problem document as JSON text), or null when there was none.</summary>
    public string? Response { get; }

    /// <summary>The response's headers (its content's included), by name in any case.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>What the contract says of the status, e.g. "No item has this code or id.".</summary>
    public string Summary { get; }

    /// <summary>The problem details of the error response (title, detail, status, errors, traceId), or null when its body was not a problem document.</summary>
    public ProblemDetails? Problem => _problem.Value;

    /// <summary>
    /// What went wrong, in the service's words: the problem's title and detail (e.g. "Not Found: No
    /// policy has the id 'X'."), the status and the parameters at fault. Without a problem document,
    /// the contract's summary of the status.
    /// </summary>
    public override string Message
    {
        get
        {
            if (StatusCode == 0) return Summary; // no response at all: the summary says why
            var status = StatusCode.ToString(CultureInfo.InvariantCulture);
            if (Problem is not { } problem) return $"{Summary} (HTTP {status})";
            var text = string.IsNullOrEmpty(problem.Detail) ? problem.Title : $"{problem.Title}: {problem.Detail}";
            var parameters = ParameterNames.Count > 0 ? $"; parameters: {string.Join(", ", ParameterNames)}" : "";
            return $"{text} (HTTP {status}{parameters})";
        }
    }

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

    /// <summary>The request's id (X-Request-Id, or the problem's traceId): quote it when you report the error.</summary>
    public string? RequestId => Header("X-Request-Id") ?? Problem?.TraceId;

    /// <summary>How long the service asked the client to wait (Retry-After on a 429 or 503), or null.</summary>
    public TimeSpan? RetryAfter => RetryAfterHeader.Parse(Header("Retry-After"), DateTimeOffset.UtcNow);

    /// <summary>The message, the status, the request id, each parameter's error, the body, then where it was thrown.</summary>
    /// <returns>The text, for a log.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(GetType().FullName).Append(": ").Append(Message);
        if (StatusCode != 0) text.AppendLine().Append("Status: ").Append(StatusCode.ToString(CultureInfo.InvariantCulture));
        if (RequestId is { } id) text.AppendLine().Append("Request id: ").Append(id);
        foreach (var error in Problem?.Errors ?? [])
            text.AppendLine().Append("Parameter ").Append(error.Name).Append(": ").Append(error.Reason);
        if (RetryAfter is { } wait) text.AppendLine().Append("Retry-After: ").Append(wait.ToString("c", CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Response)) text.AppendLine().Append("Body: ").Append(Response, 0, Math.Min(Response!.Length, 2048)).Append(Response.Length > 2048 ? "…" : "");
        if (InnerException is not null) text.AppendLine().Append(" ---> ").Append(InnerException);
        if (StackTrace is not null) text.AppendLine().Append(StackTrace);
        return text.ToString();
    }

    string? Header(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

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
