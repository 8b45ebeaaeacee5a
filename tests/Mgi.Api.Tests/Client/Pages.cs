using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>One page of a pageable, for tests that look at one.</summary>
static class Pages
{
    public static async Task<MgiPage<T>> PageAsync<T>(this MgiPageable<T> pageable, int number = 1, int? pageSize = null)
    {
        var at = 0;
        await foreach (var page in pageable.AsPages(pageSizeHint: pageSize))
            if (++at == number) return page;
        throw new Xunit.Sdk.XunitException($"the list has {at} pages, not {number}");
    }

    public static async Task<int> CountAsync<T>(this IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items) count++;
        return count;
    }
}
