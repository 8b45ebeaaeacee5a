using System.Diagnostics;

namespace Mgi.Api.Data;

/// <summary>
/// How long a query may run: configuration section "Mgi:Http", beside the service's other settings
/// on the wire (<c>Mgi:Http:QueryTimeLimitMilliseconds</c>, <c>Mgi:Http:FacetTimeLimitMilliseconds</c>).
/// </summary>
public sealed class QueryLimits
{
    public const string Section = "Mgi:Http";

    /// <summary>Time a page's SQL statements, or a search of the text index, may run before they are interrupted (503).</summary>
    public int QueryTimeLimitMilliseconds { get; set; } = 2000;

    /// <summary>
    /// Time one facet's counts may take (its SQL statement, or its pass over the text index),
    /// counted apart from the page's own time limit. A facet that runs out is left out of the answer
    /// and named in facetsTimedOut; the page and the other facets are answered (as Datasette's
    /// facet_time_limit_ms).
    /// </summary>
    public int FacetTimeLimitMilliseconds { get; set; } = 500;

    internal long QueryTicks => QueryTimeLimitMilliseconds * Stopwatch.Frequency / 1000;
    internal long FacetTicks => FacetTimeLimitMilliseconds * Stopwatch.Frequency / 1000;

    /// <summary>The same limits for the text index (which knows nothing of configuration), with what it may remember.</summary>
    public Text.TextLimits ForText(CacheLimits cache) => new(QueryTicks, FacetTicks, cache.MatchCharacters);
}
