using FastEndpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Mgi.Api.Contract;

/// <summary>
/// One shape for every error: RFC 9457 problem details with type, title, status, detail, instance,
/// traceId and the errors at fault. FastEndpoints writes them for validation and binding failures,
/// the endpoints' 404s and the middleware's refusals; the status pages below write them the same
/// way for what routing answers without a body (an unknown route, a method the route does not
/// take); ASP.NET Core's problem details service, which writes those of an unhandled exception,
/// is given the same type, title, detail and instance.
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

    /// <summary>Problem details for a bare 4xx or 5xx that routing or the server answered.</summary>
    public static WebApplication UseProblemStatusPages(this WebApplication app)
    {
        app.UseStatusCodePages(context => BarePage(context.HttpContext));
        return app;
    }

    static async Task BarePage(HttpContext http)
    {
        var request = http.Request;
        var status = http.Response.StatusCode;
        var path = request.PathBase + request.Path;
        var failure = status switch
        {
            StatusCodes.Status404NotFound => new ValidationFailure("path",
                $"No route matches {path}. The routes are listed at {Http.ApiPaths.V1} and described in {OpenApi.ContractPath}."),
            StatusCodes.Status405MethodNotAllowed => new ValidationFailure("method",
                $"The API is read-only: {path} answers {Allowed(http)}, not {request.Method}."),
            _ => new ValidationFailure("request", ReasonPhrases.GetReasonPhrase(status) + "."),
        };
        await http.Response.SendErrorsAsync([failure], status);
    }

    static string Allowed(HttpContext http)
    {
        var allow = http.Response.Headers.Allow.ToString();
        var methods = allow.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        // HEAD is answered as GET without a body (Http/ConditionalGet.cs).
        if (methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head)) methods.Add(HttpMethods.Head);
        return methods.Count == 0 ? "GET and HEAD" : string.Join(" and ", methods);
    }

    /// <summary>The same type, title, detail and instance on what ASP.NET Core's problem details service writes.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Type = TypeFor(status);
        problem.Title = TitleFor(status);
        problem.Instance ??= http.Request.PathBase + http.Request.Path;
        // Never the exception's message: it may name files, statements or data.
        problem.Detail ??= status >= 500
            ? "The service failed to answer this request; it is logged under this traceId."
            : ReasonPhrases.GetReasonPhrase(status) + ".";
        problem.Extensions["traceId"] = http.TraceIdentifier;
    }

    /// <summary>The section of RFC 9110 (RFC 6585 for 429) that defines the status.</summary>
    public static string TypeFor(int status) => status switch
    {
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        >= 400 and <= 417 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 399}",
        421 or 422 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 401}",
        >= 500 and <= 505 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.{status - 499}",
        >= 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
    };

    /// <summary>The status's name as RFC 9110 gives it.</summary>
    public static string TitleFor(int status) => status switch
    {
        // RFC 9110's names, where older lists have others (Payload Too Large, Request-URI Too Long).
        413 => "Content Too Large",
        414 => "URI Too Long",
        _ when ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } name => name,
        >= 500 => "Internal Server Error",
        _ => "Bad Request",
    };
}
