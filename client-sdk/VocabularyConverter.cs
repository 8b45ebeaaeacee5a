using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mgi.Client;

/// <summary>
/// Reads and writes the contract's vocabularies (Assessment, DataStatus…) by their wire values, the
/// [EnumMember] names NSwag gives each member (well-developed ↔ WellDeveloped). System.Text.Json's
/// own enum converter ignores [EnumMember] on every target; this one works the same on both.
/// </summary>
sealed class VocabularyConverter<T> : JsonConverter<T> where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && WireValues<T>.ByText.TryGetValue(text, out var value)) return value;
        // A value the client does not know yet (the service added one): say which, not just "invalid".
        throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a known {typeof(T).Name} (known: {string.Join(", ", WireValues<T>.ByText.Keys)}).");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireValues<T>.Text(value));
}

/// <summary>The wire value of each member of a vocabulary, read once per type.</summary>
static class WireValues<T> where T : struct, Enum
{
    static readonly Dictionary<T, string> ByValue = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
        f => (T)f.GetValue(null)!,
        f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name);

    public static readonly Dictionary<string, T> ByText = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Text(T value) => ByValue.TryGetValue(value, out var text) ? text : value.ToString();
}
