using Mgi.Api.ReadModel;

namespace Mgi.Api.Contract;

/// <summary>
/// Declares that a filter's values are a known set of the data: the keys of a resource (or the
/// values of one of its fields), read once at start-up (<see cref="KnownCodes"/>). A value that
/// matches none of them (ignoring case) is a 400 naming the parameter and suggesting the closest
/// (<see cref="KnownCodeCheck"/>), not a silent empty list; a known value that selects nothing
/// is still a 200 with total 0. The contract says so on the parameter (<see cref="ParameterContract"/>).
/// </summary>
/// <param name="resource">The resource whose keys are the known set, by its name in URLs: "jurisdictions".</param>
/// <param name="noun">What one value names, for the message: "jurisdiction" ("No jurisdiction has the code 'MX'.").</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KnownCodeAttribute(string resource, string noun) : Attribute
{
    public string Resource { get; } = resource;

    public string Noun { get; } = noun;

    /// <summary>
    /// A field of the resource's items (camelCase, as in its JSON) whose values are the known set,
    /// instead of the resource's key: "topic" of covid-responses.
    /// </summary>
    public string? Field { get; init; }
}
