using System.Reflection;
using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.Text;
using Microsoft.Extensions.Options;

namespace Mgi.Api.ReadModel;

/// <summary>
/// Every resource the features declare: rendered once at start-up, after the database is built and
/// checked and the API's JSON options are set.
/// </summary>
public sealed class Resources(IEnumerable<IResource> declared, Database database, ItemJson json, TextIndex text, IOptions<CacheLimits> cache)
{
    /// <summary>
    /// Every resource, each after those its foreign keys refer to, ties by name: the order of
    /// /v1/meta's counts and of the data package's tables (a loader reading them in order never meets
    /// a reference it cannot resolve yet).
    /// </summary>
    public IReadOnlyList<IResource> All { get; } = InDependencyOrder(declared);

    static List<IResource> InDependencyOrder(IEnumerable<IResource> declared)
    {
        var ordered = new List<IResource>();
        var pending = declared.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(r => r.ForeignKeys.All(f => f.Resource == r.Name || ordered.Any(o => o.Name == f.Resource)))
                ?? throw new InvalidOperationException("Foreign keys of these resources refer in a cycle or to no resource: " + string.Join(", ", pending.Select(r => r.Name)));
            ordered.Add(next);
            pending.Remove(next);
        }
        return ordered;
    }

    /// <summary>
    /// The features' resource declarations, unrendered, created once for the contract (written from
    /// the declarations alone, before or without a running service): the service's own are in DI.
    /// </summary>
    public static IReadOnlyList<IResource> Declarations => DeclaredOnce.Value;

    static readonly Lazy<IReadOnlyList<IResource>> DeclaredOnce = new(() =>
        [.. ResourceTypes(typeof(Resources).Assembly).Select(t => (IResource)Activator.CreateInstance(t)!)]);

    static IEnumerable<Type> ResourceTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IResource).IsAssignableFrom(t));

    /// <summary>
    /// Registers every non-abstract <see cref="IResource"/> of <paramref name="assembly"/> (the features
    /// declare themselves: shared code names none), each as itself for its endpoints and as an <see cref="IResource"/>.
    /// </summary>
    public static IServiceCollection AddResources(IServiceCollection services, Assembly assembly)
    {
        foreach (var type in ResourceTypes(assembly))
        {
            services.AddSingleton(type);
            services.AddSingleton(typeof(IResource), provider => provider.GetRequiredService(type));
        }
        services.AddSingleton<ItemJson>();
        services.AddSingleton(s => new TextIndex(s.GetRequiredService<IOptions<QueryLimits>>().Value.ForText(s.GetRequiredService<IOptions<CacheLimits>>().Value)));
        services.AddSingleton<Resources>();
        return services;
    }

    /// <summary>
    /// Reads and renders every item of every resource, and indexes their text; answers how many items. A database whose pages are
    /// sound but whose tables lack what the resources read cannot be used: <see cref="DatabaseUnusableException"/>.
    /// </summary>
    public int Render(string databasePath)
    {
        try
        {
            return RenderAll();
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new DatabaseUnusableException(databasePath, e.Message);
        }
    }

    int RenderAll()
    {
        foreach (var resource in All) JsonColumns.Register(resource.ItemType);
        // Side by side on every core, one loan each (each read gets the whole query time limit).
        var reads = All.Select(resource => Task.Run(() =>
        {
            using var db = database.Open();
            resource.Render(db, json, cache.Value.RenderedResponses ? null : database);
        })).Append(Task.Run(() =>
        {
            using var db = database.Open();
            text.Build(All.Select(resource => resource.ReadText(db)).OfType<TextSource>().ToList());
        })).ToArray();
        // GetResult: a failed read throws its own exception (a SqliteException), not an aggregate.
        foreach (var read in reads) read.GetAwaiter().GetResult();
        return All.Sum(r => r.Count);
    }
}
