using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Mgi.Client.Generator;

/// <summary>
/// The contract's vocabularies (its string enums: Assessment, InstrumentKind, DataStatus…) as
/// extensible values, the Azure SDK's "extensible enums": a readonly struct holding its wire text,
/// its known values as static members, equal by text, converted from any string. NSwag writes each
/// as a C# enum, which cannot hold a value the service adds later; this step rewrites every enum
/// NSwag wrote into such a struct, from the names and [EnumMember] values NSwag gave it, so the
/// vocabulary stays declared once (in the service's contract).
/// </summary>
static partial class Vocabularies
{
    [GeneratedRegex(@"^(?<indent>[ ]*)\[System\.CodeDom\.Compiler\.GeneratedCode\(""NJsonSchema""[^\n]*\n[ ]*public enum (?<name>\w+)\s*\{(?<body>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex Enum();

    [GeneratedRegex(@"\[System\.Runtime\.Serialization\.EnumMember\(Value = @""(?<value>[^""]*)""\)\]\s*(?<member>\w+) = \d+,")]
    private static partial Regex Member();

    public static string Rewrite(string generated)
    {
        var rewritten = Enum().Replace(generated, m => Struct(
            m.Groups["name"].Value, null,
            Member().Matches(m.Groups["body"].Value).Select(v => (v.Groups["member"].Value, v.Groups["value"].Value)).ToList(),
            m.Groups["indent"].Value));
        if (rewritten == generated) throw new InvalidOperationException("NSwag's output has no enum any more: the vocabularies' rewrite needs updating.");
        return rewritten;
    }

    /// <summary>One vocabulary: the struct, and its JSON converter (internal, named by the struct's attribute).</summary>
    public static string Struct(string name, string? summary, IReadOnlyList<(string Member, string Value)> known, string indent = "    ")
    {
        var code = new StringBuilder();
        void Line(string text = "") => code.Append(text.Length == 0 ? "" : indent).AppendLine(text);
        if (summary is not null) Line($"/// <summary>{Xml(summary)}</summary>");
        Line("/// <remarks>An extensible vocabulary: a value this version of the client does not know arrives intact (compare it, print it, send it back as a filter);");
        Line($"/// the known ones are its static members. Equal by wire value (ignoring case); any string converts to it.</remarks>");
        Line($"[System.Text.Json.Serialization.JsonConverter(typeof({name}JsonConverter))]");
        Line($"public readonly partial struct {name} : System.IEquatable<{name}>");
        Line("{");
        Line("    private readonly string? _value;");
        Line();
        Line($"    /// <summary>A {name} by its wire value, known to this client or not.</summary>");
        Line("    /// <param name=\"value\">The value as the service spells it.</param>");
        Line($"    public {name}(string value) {{ _value = value ?? throw new System.ArgumentNullException(nameof(value)); }}");
        foreach (var (member, value) in known)
        {
            Line();
            Line($"    /// <summary>\"{Xml(value)}\" on the wire.</summary>");
            Line($"    public static {name} {member} {{ get; }} = new {name}(\"{value}\");");
        }
        Line();
        Line("    /// <summary>The values this version of the client knows, in the contract's order.</summary>");
        Line($"    public static System.Collections.Generic.IReadOnlyList<{name}> KnownValues {{ get; }} = new[] {{ {string.Join(", ", known.Select(k => k.Member))} }};");
        Line();
        Line("    /// <summary>True when this client version names the value (it is one of <see cref=\"KnownValues\"/>).</summary>");
        Line($"    public bool IsKnown => System.Linq.Enumerable.Contains(KnownValues, this);");
        Line();
        Line("    /// <summary>Equal by wire value, ignoring case.</summary>");
        Line("    /// <param name=\"left\">A value.</param>");
        Line("    /// <param name=\"right\">Another.</param>");
        Line("    /// <returns>True when they are the same value.</returns>");
        Line($"    public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        Line();
        Line("    /// <summary>Not equal by wire value, ignoring case.</summary>");
        Line("    /// <param name=\"left\">A value.</param>");
        Line("    /// <param name=\"right\">Another.</param>");
        Line("    /// <returns>True when they differ.</returns>");
        Line($"    public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        Line();
        Line($"    /// <summary>Any wire value as a {name}.</summary>");
        Line("    /// <param name=\"value\">The value as the service spells it.</param>");
        Line($"    public static implicit operator {name}(string value) => new {name}(value);");
        Line();
        Line("    /// <inheritdoc />");
        Line($"    public bool Equals({name} other) => string.Equals(_value, other._value, System.StringComparison.OrdinalIgnoreCase);");
        Line();
        Line("    /// <inheritdoc />");
        Line($"    public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        Line();
        Line("    /// <inheritdoc />");
        Line("    public override int GetHashCode() => _value is null ? 0 : System.StringComparer.OrdinalIgnoreCase.GetHashCode(_value);");
        Line();
        Line("    /// <summary>The wire value, e.g. as a query sends it.</summary>");
        Line("    /// <returns>The value as the service spells it.</returns>");
        Line("    public override string ToString() => _value ?? string.Empty;");
        Line("}");
        Line();
        Line($"internal sealed class {name}JsonConverter : System.Text.Json.Serialization.JsonConverter<{name}>");
        Line("{");
        Line($"    public override {name} Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>");
        Line($"        reader.TokenType == System.Text.Json.JsonTokenType.String ? new {name}(reader.GetString()!) : throw new System.Text.Json.JsonException($\"A {name} is a string, not {{reader.TokenType}}.\");");
        Line();
        Line($"    public override void Write(System.Text.Json.Utf8JsonWriter writer, {name} value, System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());");
        Line("}");
        return code.ToString();
    }

    /// <summary>A wire value as a member name: well-developed → WellDeveloped, covid-response → CovidResponse.</summary>
    public static string MemberName(string value) =>
        string.Concat(value.Split('-', '_', ' ').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    static string Xml(string text) => SecurityElement.Escape(text).ReplaceLineEndings(" ");
}
