using System.Text.Json;

namespace Mgi.Api.DataSet;

// Records stored inside other records as JSON text (the *_json columns) and served as they are.

/// <summary>A note as embedded in the record that carries its marker (stored in *_json columns).</summary>
public sealed record InlineFootnote
{
    /// <summary>The note's number in its section of the profile.</summary>
    public required int Number { get; init; }
    /// <summary>The note, verbatim.</summary>
    public required string Text { get; init; }
    /// <summary>The links the note gives, in order.</summary>
    public required IReadOnlyList<string> Urls { get; init; }

    /// <summary>How a list of notes reads in one CSV cell: by number.</summary>
    public override string ToString() => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
