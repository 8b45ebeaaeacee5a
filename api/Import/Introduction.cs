namespace Mgi.Api.Import;

/// <summary>
/// The introduction's paragraphs that every MGI profile repeats (the SDGs and target 10.7, the
/// MiGOF, the MGI and what it does not do), known by their openings. The data keeps only the
/// paragraphs about the profile's own assessments (profile.schema.json, "introduction").
/// </summary>
public static class Introduction
{
    static readonly string[] GenericOpenings =
    [
        "In an era of unprecedented mobility",
        "The incorporation of target 10.7",
        "In an effort to operationalize the MiGOF",
        "The MGIs help countries identify good practices",
    ];

    public static bool IsGeneric(Paragraph paragraph) =>
        GenericOpenings.Any(o => paragraph.Text.StartsWith(o, StringComparison.Ordinal));
}
