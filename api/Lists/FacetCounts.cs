namespace Mgi.Api.Lists;

/// <summary>
/// The facets a request named: each one's counts, or its name among <see cref="TimedOut"/> when
/// counting it took longer than its time limit (<see cref="Data.QueryLimits.FacetTimeLimitMilliseconds"/>).
/// </summary>
public sealed record FacetCounts(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Counts, IReadOnlyList<string> TimedOut)
{
    /// <summary>Counts each facet in <paramref name="names"/> with <paramref name="count"/>, which answers null for one that ran out of time.</summary>
    public static FacetCounts Of(IEnumerable<string> names, Func<string, IReadOnlyList<FacetValue>?> count)
    {
        var counts = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var timedOut = new List<string>();
        foreach (var name in names)
        {
            if (count(name) is { } values) counts[name] = values;
            else timedOut.Add(name);
        }
        return new FacetCounts(counts, timedOut);
    }
}
