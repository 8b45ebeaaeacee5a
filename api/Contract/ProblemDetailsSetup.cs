using FastEndpoints;

namespace Mgi.Api.Contract;

/// <summary>
/// One shape for every error: RFC 9457 problem details. FastEndpoints writes them for validation
/// and binding failures and for the 404s of the endpoints; ASP.NET Core's problem details service
/// writes them for unknown routes and unhandled exceptions (never with a stack trace).
/// </summary>
public static class ProblemDetailsSetup
{
    public static void Configure(ErrorOptions errors) => errors.UseProblemDetails(p =>
    {
        p.AllowDuplicateErrors = false;
        p.TypeTransformer = pd => TypeFor(pd.Status);
        p.TitleTransformer = pd => TitleFor(pd.Status);
        p.DetailTransformer = pd => string.Join(" ", pd.Errors.Select(e => e.Reason));
    });

    public static string TypeFor(int status) => status switch
    {
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        406 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        414 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ when status >= 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
    };

    public static string TitleFor(int status) => status switch
    {
        404 => "Not Found",
        406 => "Not Acceptable",
        413 => "Content Too Large",
        414 => "URI Too Long",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ when status >= 500 => "Internal Server Error",
        _ => "Bad Request",
    };
}
