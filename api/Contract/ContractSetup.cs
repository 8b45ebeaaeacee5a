using FastEndpoints.Swagger;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Mgi.Api.Contract;

/// <summary>
/// The API as integrators see it: endpoints bound and validated by FastEndpoints, every error as
/// problem details, unknown or repeated query parameters and codes outside their known set refused,
/// the OpenAPI document and Swagger UI.
/// </summary>
public static class ContractSetup
{
    public static IServiceCollection AddContract(this IServiceCollection services)
    {
        services.AddOpenApiContract();
        services.AddSingleton<KnownCodes>();
        return services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsSetup.Customize);
    }

    public static WebApplication UseContract(this WebApplication app)
    {
        app.UseFastEndpoints(c =>
        {
            c.Endpoints.Configurator = ep => ep.PreProcessors(Order.Before, new QueryParameterCheck(), new KnownCodeCheck());
            ProblemDetailsSetup.Configure(c.Errors);
            c.Binding.FailureMessage = (type, name, value) => BindingFailure(type, char.ToLowerInvariant(name[0]) + name[1..], value);
        });
        app.UseOpenApi(c => c.Path = OpenApi.DocumentPath);
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = Http.ApiPaths.Swagger.TrimStart('/');
            o.SwaggerEndpoint(OpenApi.ContractPath, OpenApi.Title + " v1");
            o.DocumentTitle = OpenApi.Title;
            // For analysts: a link to an operation can be shared, 25 operations can be filtered by
            // tag, every operation can be tried at once, each answer says how long it took, and a
            // parameter's minimum, maximum and pattern are shown beside it.
            o.EnableDeepLinking();
            o.EnableFilter();
            o.EnableTryItOutByDefault();
            o.DisplayRequestDuration();
            o.ShowCommonExtensions();
            o.SupportedSubmitMethods(SubmitMethod.Get, SubmitMethod.Head); // read-only: no other method to try
        });
        return app;
    }

    /// <summary>What a value that cannot be read as its parameter's type is told (the MCP tools' arguments too).</summary>
    public static string BindingFailure(Type type, string name, object? value) =>
        $"{name} must be {Expected(Nullable.GetUnderlyingType(type) ?? type)}; '{value}' is not.";

    static string Expected(Type type) =>
        type == typeof(int) ? "an integer" : type == typeof(bool) ? "true or false" : type == typeof(string) ? "a string" : "a " + type.Name;
}
