using System;
using System.Globalization;
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

    /// <summary>This query with one more parameter (when its value is not null), leaving this one as it is.</summary>
    public string With(string name, object? value)
    {
        var more = new QueryText();
        more._text.Append(_text);
        more.Add(name, value);
        return more.ToString();
    }

    /// <summary>A value as the wire spells it: vocabularies by their wire value (their ToString), booleans in lower case, numbers invariant.</summary>
    public static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public override string ToString() => _text.ToString();
}
