using System;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;

namespace Mgi.Client;

/// <summary>A query string written the way the generated methods write theirs (for the CSV methods).</summary>
sealed class QueryText
{
    readonly StringBuilder _text = new();

    public void Add(string name, object? value)
    {
        if (value is null) return;
        // A list parameter repeats its name, as the generated methods write it.
        if (value is System.Collections.IEnumerable values and not string)
        {
            foreach (var item in values) Add(name, item);
            return;
        }
        _text.Append(_text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(Text(value)));
    }

    /// <summary>A value as the wire spells it: vocabularies by their [EnumMember] value, booleans in lower case, numbers invariant.</summary>
    public static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        Enum e => e.GetType().GetField(e.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public override string ToString() => _text.ToString();
}
