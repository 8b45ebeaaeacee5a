using System.Collections.Concurrent;
using System.Reflection;

namespace Mgi.Api.Contract;

/// <summary>
/// The query parameters a request type takes, named as the contract lists them and FastEndpoints
/// binds them (camelCase of its settable properties): derived once here for the checks that name
/// them. Reflection stays: the request type is the declaration, and FastEndpoints binds by it.
/// </summary>
public static class QueryParameters
{
    static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, PropertyInfo Property)>> Known = new();

    public static IReadOnlyList<(string Name, PropertyInfo Property)> Of(Type requestType) =>
        Known.GetOrAdd(requestType, type =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(p => (char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p)),
        ]);
}
