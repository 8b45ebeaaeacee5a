using Dapper;
using System.Collections.Concurrent;
using System.Data;
using System.Reflection;
using System.Text.Json;
using Mgi.Api.DataSet;

namespace Mgi.Api.Data;

/// <summary>
/// How Dapper maps the database's rows to the API's records: snake_case columns to PascalCase
/// properties (profile_id → ProfileId), and a column whose property is a list or a nested object
/// read as the JSON text the database holds there (instruments, URLs, a finding's notes, a
/// jurisdiction's profiles) or builds with json_object (a profile's licence).
/// Kept process-wide on purpose: Dapper's type maps and handlers have no per-query scope, and this
/// process reads only our own database, so registering each record's types once at start-up is the simplest.
/// </summary>
public static class JsonColumns
{
    static readonly ConcurrentDictionary<Type, bool> Registered = new();

    /// <summary>Maps <paramref name="record"/>'s columns: by name, and JSON for every list or object property.</summary>
    public static void Register(Type record)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal)) continue;
            if (Registered.TryAdd(type, true)) SqlMapper.AddTypeHandler(type, new Handler());
        }
    }

    sealed class Handler : SqlMapper.ITypeHandler
    {
        public object? Parse(Type destinationType, object value) =>
            JsonSerializer.Deserialize((string)value, destinationType, StoredJson.Options);

        public void SetValue(IDbDataParameter parameter, object value) =>
            throw new NotSupportedException("JSON columns are read, never written through Dapper here.");
    }
}
