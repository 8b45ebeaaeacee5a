using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mgi.Api.Common;

/// <summary>One list item and its JSON, rendered once.</summary>
public sealed record Rendered<TItem>(TItem Item, byte[] Json);

/// <summary>
/// Every item of a list, rendered to JSON once at start-up with the API's serializer options. The
/// database never changes while the service runs, so a list request lets SQL choose which items and
/// in what order (by key), and writes their stored JSON: no rows read into objects, no nested JSON
/// columns parsed and no items serialized per request (two thirds of a policies page's CPU).
/// </summary>
public sealed class RenderedItems<TItem> where TItem : class
{
    readonly FrozenDictionary<string, Rendered<TItem>> _byKey;

    // Keys compare ignoring case, as the item routes do (the database's keys are COLLATE NOCASE, so
    // no two differ only by case; a data set where two did would stop start-up here).
    public RenderedItems(IEnumerable<TItem> items, Func<TItem, string> key, JsonSerializerOptions json) =>
        _byKey = items.ToFrozenDictionary(key, item => new Rendered<TItem>(item, JsonSerializer.SerializeToUtf8Bytes(item, json)), StringComparer.OrdinalIgnoreCase);

    public int Count => _byKey.Count;

    /// <summary>The items of these keys, in this order (the keys come from the same database, so each is present).</summary>
    public IReadOnlyList<Rendered<TItem>> Get(IEnumerable<string> keys) => keys.Select(key => _byKey[key]).ToList();

    /// <summary>The item of this key (any case), or null: the item routes.</summary>
    public Rendered<TItem>? Find(string key) => _byKey.GetValueOrDefault(key);
}

/// <summary>JSON written as it is: an item rendered by <see cref="RenderedItems{TItem}"/>.</summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(byte[] Utf8);

sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rendered items are written, never read.");

    // Rendered by System.Text.Json itself, so already valid JSON.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
