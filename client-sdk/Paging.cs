using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Mgi.Client;

/// <summary>What the walk over pages reads of a page; every PagedListOf… implements it (generated).</summary>
interface IPage<out T>
{
    IReadOnlyList<T> Items { get; }
    int Page { get; }
    int TotalPages { get; }
}

/// <summary>Every item of a list, page after page, fetched as the enumeration reaches them.</summary>
static class Paging
{
    public static async IAsyncEnumerable<T> All<TPage, T>(Func<int, CancellationToken, Task<TPage>> fetch, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : IPage<T>
    {
        // Page numbers, not the Link header: the filters stay those of the call, and a page past the
        // last (the data set cannot change under a running service) is never asked for.
        for (var number = 1; ; number++)
        {
            var page = await fetch(number, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
            if (number >= page.TotalPages || page.Items.Count == 0) yield break;
        }
    }
}
