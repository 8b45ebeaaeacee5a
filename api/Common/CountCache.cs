using Microsoft.Extensions.Caching.Memory;

namespace Mgi.Api.Common;

/// <summary>
/// Totals of list queries, remembered: the database never changes while the service runs, so a
/// filter's total is computed once, and paging through it (or repeating it) costs no count(*).
/// Bounded: the least recently used totals are dropped beyond the size limit.
/// </summary>
public sealed class CountCache : IDisposable
{
    readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public int GetOrCount(string key, Func<int> count) =>
        _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return count();
        });

    /// <summary>The key of a list query: its path and every parameter but the paging and format ones.</summary>
    public static string KeyOf(HttpRequest request) =>
        request.Path + "?" + string.Join("&", request.Query
            .Where(q => q.Key is not ("page" or "pageSize" or "format"))
            .OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase)
            .Select(q => $"{q.Key.ToLowerInvariant()}={q.Value}"));

    public void Dispose() => _cache.Dispose();
}
