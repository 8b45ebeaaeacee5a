namespace Mgi.Api.DataSet;

/// <summary>
/// A closed list of values, declared once as a type: the build and the features branch on its
/// constants, the contract declares it as one named enumeration (components/schemas/{type name})
/// wherever a filter takes it or a record sends it (<c>[Vocabulary&lt;T&gt;]</c>), and the client
/// gets one extensible vocabulary of the same name (a value type that carries unknown values too).
/// Where a data file holds it, the file's JSON Schema lists the values as its enum (the schema is
/// what the build checks the data with);
/// <c>VocabularyTests</c> fail when a schema's enum, Schema.sql's CHECK and the type disagree.
/// </summary>
public interface IVocabulary
{
    /// <summary>The values, in the order the contract lists them.</summary>
    static abstract IReadOnlyList<string> Values { get; }
}

// The vocabularies of the data (data/schema/*.schema.json list them as enums).

/// <summary>How a profile judges a finding.</summary>
public sealed class Assessment : IVocabulary
{
    public const string WellDeveloped = "well-developed";
    public const string FurtherDevelopment = "further-development";
    public static IReadOnlyList<string> Values { get; } = [WellDeveloped, FurtherDevelopment];
}

/// <summary>Whether a profile carries its findings or is only named by another.</summary>
public sealed class DataStatus : IVocabulary
{
    public const string Complete = "complete";
    public const string Referenced = "referenced";
    public static IReadOnlyList<string> Values { get; } = [Complete, Referenced];
}

/// <summary>The part of a profile a note belongs to: its body or its COVID-19 section.</summary>
public sealed class FootnoteSection : IVocabulary
{
    public const string Body = "body";
    public const string Covid = "covid";
    public static IReadOnlyList<string> Values { get; } = [Body, Covid];
}

/// <summary>A country, or a state of one.</summary>
public sealed class JurisdictionLevel : IVocabulary
{
    public const string National = "national";
    public const string Subnational = "subnational";
    public static IReadOnlyList<string> Values { get; } = [National, Subnational];
}

/// <summary>Curatorial: what an instrument is (data/README.md).</summary>
public sealed class InstrumentKind : IVocabulary
{
    public static IReadOnlyList<string> Values { get; } =
        ["constitution", "law", "regulation", "programme", "plan", "agreement", "bill", "other"];
}

/// <summary>Which part of MiGOF a dimension draws on.</summary>
public sealed class MigofCategory : IVocabulary
{
    public static IReadOnlyList<string> Values { get; } = ["principle", "objective"];
}
