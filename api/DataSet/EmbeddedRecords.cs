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

/// <summary>A later amendment or reform of an instrument (stored in instruments.events_json).</summary>
public sealed record InstrumentEvent
{
    /// <summary>The year the source gives for it.</summary>
    public required int Year { get; init; }
    /// <summary>The day (yyyy-MM-dd) where the source gives it; null otherwise.</summary>
    public required string? Date { get; init; }
    /// <summary>What changed, verbatim from the record that states it.</summary>
    public required string What { get; init; }
    /// <summary>The finding, COVID-19 answer or note that states it: a finding or answer id (MEX-2022-6.1-03) or a note id (MEX-2022-body-51).</summary>
    public required string StatedIn { get; init; }

    /// <summary>How a list of events reads in one CSV cell: year, what, and where it is stated.</summary>
    public override string ToString() => $"{Date ?? Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {What} ({StatedIn})";
}

public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
