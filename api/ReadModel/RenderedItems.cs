using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Mgi.Api.ReadModel;

/// <summary>An item and its JSON, rendered once.</summary>
public sealed record Rendered<TItem>(TItem Item, byte[] Json);

/// <summary>Renders items to JSON with the API's serializer options: the bytes a response writes.</summary>
public sealed class ItemJson(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> options)
{
    public Rendered<TItem> Render<TItem>(TItem item) => new(item, JsonSerializer.SerializeToUtf8Bytes(item, options.Value.SerializerOptions));
}

/// <summary>
/// Every item of a resource, rendered to JSON once. The database never changes while the service
/// runs, so a request lets SQL choose which items and in what order (by key) and writes their
/// stored JSON: no rows read into objects, no JSON columns parsed, no items serialized per request.
/// </summary>
public sealed class RenderedItems<TItem> where TItem : class
{
    readonly FrozenDictionary<string, Rendered<TItem>> _byKey;

    // Keys compare ignoring case, as the item routes do (the database's keys are COLLATE NOCASE, so
    // no two differ only by case; a data set where two did would stop start-up here).
    public RenderedItems(IEnumerable<TItem> items, Func<TItem, string> key, ItemJson json)
    {
        All = items.Select(json.Render).ToList();
        _byKey = All.ToFrozenDictionary(r => key(r.Item), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every item, in the list's order.</summary>
    public IReadOnlyList<Rendered<TItem>> All { get; }

    public int Count => All.Count;

    /// <summary>Every item's key, as the data writes it.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The items of these keys, in this order (the keys come from the same database, so each is present).</summary>
    public IReadOnlyList<Rendered<TItem>> Get(IEnumerable<string> keys) => keys.Select(key => _byKey[key]).ToList();

    /// <summary>The item of this key (any case), or null: the item routes.</summary>
    public Rendered<TItem>? Find(string key) => _byKey.GetValueOrDefault(key);
}

/// <summary>JSON written as it is: an item rendered by <see cref="ItemJson"/>.</summary>
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
