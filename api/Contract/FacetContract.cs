using System.Reflection;
using Mgi.Api.Lists;
using Mgi.Api.ReadModel;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace Mgi.Api.Contract;

/// <summary>
/// Declares each list's facet parameter with the filters that list can be counted by (a pattern
/// of its names and a description naming them), taken from the resource's own filter declaration
/// so the contract cannot name a facet the list refuses.
/// </summary>
public sealed class FacetContract : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var requestType = ParameterContract.RequestType(context);
        if (requestType is null || !typeof(FacetedRequest).IsAssignableFrom(requestType)) return true;
        var parameter = context.OperationDescription.Operation.Parameters.FirstOrDefault(p => p.Name == "facet");
        if (parameter?.Schema is not { } schema) return true;

        var names = FacetNames(requestType);
        var one = "(" + string.Join("|", names) + ")";
        schema.Pattern = $"^{one}(,{one})*$";
        parameter.Example = names[0];
        parameter.Description = $"Filters to count by, comma-separated, each once: {string.Join(", ", names)}. " +
            "The answer's facets then give, for each value of each, the total the list would have with that filter set to that value and the other filters as given. JSON only.";
        return true;
    }

    /// <summary>The facets a list request's route declares: its resource's, or the request's own (a computed list).</summary>
    public static IReadOnlyList<string> FacetNames(Type requestType)
    {
        if (requestType.GetProperty(nameof(IFacetDeclaration.DeclaredFacets), BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IReadOnlyList<string> own)
            return own;
        var resource = typeof(FacetContract).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Resource<,>) && b.GetGenericArguments()[1] == requestType)
            .Select(Activator.CreateInstance)
            .Single();
        return (IReadOnlyList<string>)resource!.GetType().GetProperty("FacetNames")!.GetValue(resource)!;
    }
}

/// <summary>A computed list (not a resource) declares its facets itself, as a static property.</summary>
public interface IFacetDeclaration
{
    static abstract IReadOnlyList<string> DeclaredFacets { get; }
}
