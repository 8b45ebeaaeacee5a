using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Mgi.Api.Csv;

/// <summary>
/// How a JSON resource becomes flat CSV columns, the same for every list and for the data package:
/// <list type="bullet">
/// <item>a scalar property is one column, named as in JSON (camelCase);</item>
/// <item>a nested object is one column per field, named <c>object.field</c> (license.name);</item>
/// <item>a list is one column, its items joined with <c>|</c>: numbers and codes as they are,
/// footnotes by number, instruments as "name (year)", profiles by id.</item>
/// </list>
/// A null is an empty cell.
/// </summary>
public sealed class CsvColumns
{
    public const string ListSeparator = "|";
    static readonly ConcurrentDictionary<Type, CsvColumns> Cache = new();

    public IReadOnlyList<CsvColumn> Columns { get; }

    CsvColumns(Type type) => Columns = Flatten(type, "", _ => _).ToList();

    public static CsvColumns For(Type type) => Cache.GetOrAdd(type, t => new CsvColumns(t));

    static IEnumerable<CsvColumn> Flatten(Type type, string prefix, Func<object, object?> reach)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
            Func<object, object?> get = row => reach(row) is { } owner ? property.GetValue(owner) : null;
            string Hxl() => property.GetCustomAttribute<HxlAttribute>()?.Tag
                ?? throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} becomes the CSV column '{name}' but declares no [Hxl] tag.");
            if (propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                yield return new CsvColumn(name, "string", false, Hxl(), row => Join(get(row) as IEnumerable));
            }
            else if (Scalar(propertyType) is { } tableType)
            {
                yield return new CsvColumn(name, tableType, !nullable, Hxl(), row => Format(get(row)));
            }
            else
            {
                foreach (var column in Flatten(propertyType, name + ".", get))
                    yield return column with { Required = false };
            }
        }
    }

    /// <summary>The Table Schema type of a scalar CLR type, or null for a nested object.</summary>
    static string? Scalar(Type type) =>
        type == typeof(string) ? "string"
        : type == typeof(int) || type == typeof(long) ? "integer"
        : type == typeof(bool) ? "boolean"
        : type == typeof(double) || type == typeof(decimal) ? "number"
        : null;

    static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static string? Join(IEnumerable? items) =>
        items is null ? null : string.Join(ListSeparator, items.Cast<object>().Select(Format));
}

/// <summary>One CSV column: its name, its Table Schema type, whether every row has a value, its HXL tag, and how to read it.</summary>
public sealed record CsvColumn(string Name, string Type, bool Required, string Hxl, Func<object, string?> Read);
