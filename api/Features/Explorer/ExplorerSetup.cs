namespace Mgi.Api.Features.Explorer;

/// <summary>The explorer's services: its page renderer and the labels its pages give codes.</summary>
public static class ExplorerSetup
{
    public static IServiceCollection AddExplorer(this IServiceCollection services) =>
        services.AddSingleton<PageRenderer>().AddSingleton<Labels>();
}
