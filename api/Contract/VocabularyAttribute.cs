using System.ComponentModel.DataAnnotations;
using Mgi.Api.DataSet;

namespace Mgi.Api.Contract;

/// <summary>
/// A fixed vocabulary of strings (<see cref="IVocabulary"/>), declared once in the contract as a
/// named enumeration (components/schemas/{Name}) and referred to wherever it is used: by the filter
/// that takes it (where it also validates, as [AllowedValues] does) and by the record property that
/// sends it. Clients then have one type per vocabulary, the same for filters and responses.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class VocabularyAttribute(string name, IReadOnlyList<string> values) : AllowedValuesAttribute([.. values])
{
    /// <summary>The schema's name: a type name that reads well in generated clients (PascalCase, no clash with System).</summary>
    public string Name { get; } = name;

    public IReadOnlyList<string> Terms { get; } = values;
}

/// <summary>The vocabulary <typeparamref name="T"/>, named in the contract as the type is.</summary>
public sealed class VocabularyAttribute<T>() : VocabularyAttribute(typeof(T).Name, T.Values) where T : IVocabulary;
