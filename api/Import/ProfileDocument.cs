using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Mgi.Api.Import;

/// <summary>What a block of the document is, as the layout reads it.</summary>
public enum BlockKind { Heading, Paragraph, Note, ListItem }

/// <summary>
/// One block of the document in reading order: a heading, a paragraph, a note (a paragraph that
/// opens with its marker, <c>&lt;sup&gt;n&lt;/sup&gt;</c>) or a list item. <see cref="Line"/> is the
/// 1-based line it starts on; <see cref="Raw"/> its markdown as written (the ratification table and
/// the key sources are read from it).
/// </summary>
public sealed record DocumentBlock(int Line, BlockKind Kind, string Text, IReadOnlyList<int> Markers, IReadOnlyList<string> Urls, string Raw, int NoteNumber = 0)
{
    /// <summary>The first words, for messages and the skipped list.</summary>
    public string Opening => Text.Length <= 60 ? Text : Text[..57] + "…";
}

/// <summary>
/// Reads a profile document (the markdown rendering of an MGI profile PDF) into its blocks with
/// Markdig, a CommonMark parser that keeps each block's line: headings, paragraphs, list items and
/// their inlines come from it, so emphasis, links, escapes and autolinks are read as CommonMark says.
/// Thematic breaks (the rendering's page breaks) carry no text and are dropped here.
/// </summary>
public static partial class ProfileDocument
{
    public static IReadOnlyList<DocumentBlock> Read(string markdown)
    {
        // The rendering escapes underscores twice ("A\\_RES"): read as one escape, a literal "_".
        markdown = markdown.Replace("\\\\_", "\\_", StringComparison.Ordinal);
        var blocks = new List<DocumentBlock>();
        foreach (var block in Markdown.Parse(markdown).Descendants<LeafBlock>())
        {
            var line = block.Line + 1;
            // The block as written: from its first character to its last (Markdig keeps the span, not the lines).
            var raw = markdown[block.Span.Start..(block.Span.End + 1)].Replace("\r", "", StringComparison.Ordinal);
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(Of(heading, BlockKind.Heading, raw));
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is ListItemBlock:
                    blocks.Add(Of(paragraph, BlockKind.ListItem, raw));
                    break;
                case ParagraphBlock paragraph when NoteOpening().Match(raw) is { Success: true } note:
                    blocks.Add(Of(paragraph, BlockKind.Note, raw) with { NoteNumber = int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) });
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(Of(paragraph, BlockKind.Paragraph, raw));
                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    throw new LayoutException(line, $"headings, paragraphs, notes and list items only, not a {block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} block");
            }
        }
        return blocks;
    }

    static DocumentBlock Of(LeafBlock block, BlockKind kind, string raw)
    {
        var inline = InlineText.Of(block);
        var markers = inline.Markers;
        // A note's own marker opens it: it numbers the note, it does not mark the note's text.
        if (kind == BlockKind.Note) markers = markers.Skip(1).ToList();
        return new DocumentBlock(block.Line + 1, kind, inline.Text, markers, inline.Urls, raw);
    }

    [GeneratedRegex(@"^<sup>(\d+)</sup>")]
    private static partial Regex NoteOpening();
}
