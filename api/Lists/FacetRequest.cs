namespace Mgi.Api.Lists;

/// <summary>The facet query parameter: a comma-separated list of the route's facetable filters, each once.</summary>
public static class FacetRequest
{
    /// <summary>
    /// The filters <paramref name="facet"/> names, as the route declares them (case as declared); or,
    /// when it names an unknown filter, an empty name or one name twice, why it cannot be answered.
    /// </summary>
    public static (IReadOnlyList<string> Names, string? Error) Parse(string facet, IReadOnlyList<string> known)
    {
        var allowed = known.Count == 0 ? "this list has no filter to count by" : "one or more of " + string.Join(", ", known) + ", comma-separated";
        var names = facet.Split(',');
        if (names.Any(string.IsNullOrEmpty)) return ([], $"facet names {allowed}; '{facet}' has an empty name.");
        if (names.FirstOrDefault(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            return ([], $"'{unknown}' is not a filter of this list to count by; facet names {allowed}.");
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return ([], $"facet names '{twice.Key}' twice.");
        return ([.. names.Select(n => known.First(k => string.Equals(k, n, StringComparison.OrdinalIgnoreCase)))], null);
    }
}
