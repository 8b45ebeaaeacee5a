using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Mgi.Client;

/// <summary>
/// The answer to a …WithResponseAsync call: the value, and what the response said about it (its
/// ETag for a later conditional request, the data-set version, the request id).
/// </summary>
/// <typeparam name="T">The type of the value, as the plain method returns it.</typeparam>
public sealed class MgiResponse<T> where T : class
{
    internal MgiResponse(int statusCode, T? value, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        StatusCode = statusCode;
        Value = value;
        Headers = headers;
    }

    /// <summary>The HTTP status: 200, or 304 when the call named an ETag that is still current.</summary>
    public int StatusCode { get; }

    /// <summary>True when the call's If-None-Match named the current ETag: what the caller has is up to date, and <see cref="Value"/> is null.</summary>
    public bool NotModified => StatusCode == 304;

    /// <summary>The value; null only when <see cref="NotModified"/>.</summary>
    public T? Value { get; }

    /// <summary>The response's entity tag, to send back as ifNoneMatch.</summary>
    public ETag? ETag => Mgi.Client.ETag.From(Header("ETag"));

    /// <summary>The request's id (X-Request-Id), as the service logs it.</summary>
    public string? RequestId => Header("X-Request-Id");

    /// <summary>The version of the data set that answered (X-Dataset-Version): it changes only when the data does.</summary>
    public string? DatasetVersion => Header("X-Dataset-Version");

    /// <summary>Every header of the response, by name in any case.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    string? Header(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}

/// <summary>The RFC 8288 links of a list page; each keeps the call's filters.</summary>
public sealed class PageLinks
{
    static readonly Regex Link = new("<(?<url>[^>]*)>\\s*;\\s*rel=\"?(?<rel>[^\";,]+)\"?", RegexOptions.CultureInvariant);

    PageLinks(IReadOnlyDictionary<string, Uri> links)
    {
        First = links.TryGetValue("first", out var first) ? first : null;
        Previous = links.TryGetValue("prev", out var previous) ? previous : null;
        Next = links.TryGetValue("next", out var next) ? next : null;
        Last = links.TryGetValue("last", out var last) ? last : null;
    }

    /// <summary>The first page.</summary>
    public Uri? First { get; }

    /// <summary>The page before this one; null on the first.</summary>
    public Uri? Previous { get; }

    /// <summary>The page after this one; null on the last.</summary>
    public Uri? Next { get; }

    /// <summary>The last page.</summary>
    public Uri? Last { get; }

    internal static PageLinks Parse(string? header)
    {
        var links = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        if (header is not null)
            foreach (Match match in Link.Matches(header))
                if (Uri.TryCreate(match.Groups["url"].Value, UriKind.RelativeOrAbsolute, out var url))
                    links[match.Groups["rel"].Value] = url;
        return new PageLinks(links);
    }
}
