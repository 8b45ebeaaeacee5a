using System.Globalization;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mgi.Api.Import;

/// <summary>
/// A block's text as the data holds it (data/README.md, "Verbatim"): emphasis and link syntax
/// removed (a link keeps its shown text, its target goes to <see cref="Urls"/>), note markers
/// (<c>&lt;sup&gt;n&lt;/sup&gt;</c>) removed and their numbers kept in <see cref="Markers"/>,
/// line breaks read as spaces.
/// </summary>
public sealed record InlineText(string Text, IReadOnlyList<int> Markers, IReadOnlyList<string> Urls)
{
    public static InlineText Of(LeafBlock block)
    {
        var reader = new Reader(block.Line + 1);
        if (block.Inline is { } inline) reader.Read(inline);
        return new InlineText(reader.Text.ToString().Trim(), reader.Markers, reader.Urls);
    }

    sealed class Reader(int line)
    {
        public StringBuilder Text { get; } = new();
        public List<int> Markers { get; } = [];
        public List<string> Urls { get; } = [];
        StringBuilder? _marker; // the digits between <sup> and </sup>

        public void Read(ContainerInline container)
        {
            foreach (var inline in container) Read(inline);
        }

        void Read(Inline inline)
        {
            switch (inline)
            {
                case HtmlInline { Tag: "<sup>" }:
                    _marker = new StringBuilder();
                    break;
                case HtmlInline { Tag: "</sup>" } when _marker is not null:
                    if (!int.TryParse(_marker.ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                        throw new LayoutException(line, $"a note marker <sup>n</sup> holds a number, not '{_marker}'");
                    Markers.Add(number);
                    _marker = null;
                    break;
                case LiteralInline literal when _marker is not null:
                    _marker.Append(literal.Content.ToString());
                    break;
                case LiteralInline literal:
                    Text.Append(literal.Content.ToString());
                    break;
                case LinkInline link:
                    if (link.Url is { Length: > 0 } url && url != "#") Urls.Add(url);
                    Read((ContainerInline)link);
                    break;
                case AutolinkInline autolink: // <https://…>: the address is both the shown text and the link
                    Text.Append(autolink.Url);
                    if (!autolink.IsEmail) Urls.Add(autolink.Url);
                    break;
                case ContainerInline container: // emphasis and any other wrapper: its text only
                    Read(container);
                    break;
                case LineBreakInline:
                    Text.Append(' ');
                    break;
                case CodeInline code:
                    Text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    Text.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline html:
                    Text.Append(html.Tag);
                    break;
                default:
                    Text.Append(inline.ToString());
                    break;
            }
        }
    }
}
