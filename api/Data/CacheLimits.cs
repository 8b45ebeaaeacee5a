namespace Mgi.Api.Data;

/// <summary>
/// What the layers below the response store keep in memory: configuration section "Mgi:Cache".
/// Each can be turned off, which is how docs/benchmarks.md ("Cache layers") measures what it buys;
/// the answers are the same either way.
/// </summary>
public sealed class CacheLimits
{
    public const string Section = "Mgi:Cache";

    /// <summary>List totals remembered per statement and parameters (least recently used go first); 0: every total is counted.</summary>
    public int CountEntries { get; set; } = 50_000;

    /// <summary>Characters of the keys matching a list's q, remembered per resource and query; 0: every q is searched.</summary>
    public int MatchCharacters { get; set; } = 32 << 20;

    /// <summary>
    /// List pages and items are written from the JSON rendered at start-up; false: each request reads
    /// its items' rows and serializes them (the explorer, CSV and search still read the rendered items).
    /// </summary>
    public bool RenderedResponses { get; set; } = true;
}
