namespace Mgi.Api.Features.Explorer;

/// <summary>The explorer's services (its page renderer, the labels its pages give codes) and its door at /.</summary>
public static class ExplorerSetup
{
    public static IServiceCollection AddExplorer(this IServiceCollection services) =>
        services.AddSingleton<PageRenderer>().AddSingleton<Labels>();

    /// <summary>A browser asking for / gets the explorer (<see cref="BrowserHome"/>); API clients keep the API's answer.</summary>
    public static WebApplication UseBrowserHome(this WebApplication app)
    {
        app.UseMiddleware<BrowserHome>();
        return app;
    }
}
