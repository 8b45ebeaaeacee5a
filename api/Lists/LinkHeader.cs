using System.Globalization;

namespace Mgi.Api.Lists;

/// <summary>The RFC 8288 Link header of a list page: first, prev, next and last, keeping the client's filters.</summary>
public static class LinkHeader
{
    public static string For(HttpRequest request, int page, int pageSize, int totalPages)
    {
        var last = Math.Max(totalPages, 1);
        var links = new List<string> { Link(request, 1, pageSize, "first") };
        if (page > 1) links.Add(Link(request, page - 1, pageSize, "prev"));
        if (page < last) links.Add(Link(request, page + 1, pageSize, "next"));
        links.Add(Link(request, last, pageSize, "last"));
        return string.Join(", ", links);
    }

    static string Link(HttpRequest request, int page, int pageSize, string rel)
    {
        var query = request.Query
            .Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Append(new("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
        return $"<{url}>; rel=\"{rel}\"";
    }
}
