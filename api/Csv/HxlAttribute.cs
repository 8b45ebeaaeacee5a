using System.Text.RegularExpressions;

namespace Mgi.Api.Csv;

/// <summary>
/// The HXL hashtag of the CSV column a property becomes (Humanitarian Exchange Language,
/// hxlstandard.org, dictionary 1.1): declared once, on the property, beside the column's definition.
/// A list asked for with <c>hxl=true</c> writes these tags as a second row under the header.
/// </summary>
/// <remarks>
/// Tags and attributes come from the HXL 1.1 dictionary where one fits (#country, #adm1, #date,
/// #meta, #description, #indicator, #sector, #org, #status, +code, +name, +id, +year, +url, +num,
/// +type); attributes of our own (+profile, +finding, +dimension, +convention, +instrument, …) say
/// which record a code or text belongs to, as HXL allows. docs/hxl.md lists every column's tag.
/// </remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class HxlAttribute : Attribute
{
    public HxlAttribute(string tag)
    {
        if (!Pattern().IsMatch(tag)) throw new ArgumentException($"'{tag}' is not an HXL tag (#tag+attribute…, lower case).", nameof(tag));
        Tag = tag;
    }

    public string Tag { get; }

    /// <summary>A hashtag followed by zero or more attributes, lower case (HXL 1.1, section 4).</summary>
    [GeneratedRegex("^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$")]
    public static partial Regex Pattern();
}
