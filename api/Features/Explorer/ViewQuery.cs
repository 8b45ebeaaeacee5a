using System.Globalization;

namespace Mgi.Api.Features.Explorer;

/// <summary>
/// A page's query string as given, and the links that change one thing of it: set or clear a
/// filter (back to page 1), go to another page. The same query after /v1/… is the page's API twin.
/// </summary>
public sealed class ViewQuery(string path, IReadOnlyList<KeyValuePair<string, string?>> given)
{
    public static ViewQuery Of(HttpRequest request) =>
        new(request.Path, [.. request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v ?? "")))]);

    /// <summary>The parameters as given, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Given => given;

    /// <summary>The value of a parameter (any case), or null.</summary>
    public string? this[string name] => given.FirstOrDefault(p => Is(p, name)).Value;

    /// <summary>This page's own URL.</summary>
    public string Self => path + QueryString.Create(given);

    /// <summary>The same query on another path: the API twin of this page.</summary>
    public string On(string otherPath) => otherPath + QueryString.Create(given);

    /// <summary>The same query on another path, with format=csv: the twin's CSV.</summary>
    public string CsvOn(string otherPath) =>
        otherPath + QueryString.Create([.. given.Where(p => !Is(p, "format")), new("format", "csv")]);

    /// <summary>This page with <paramref name="name"/> set to <paramref name="value"/> (or cleared, when null), from page 1.</summary>
    public string With(string name, string? value)
    {
        var kept = given.Where(p => !Is(p, name) && !Is(p, "page")).ToList();
        if (value is not null) kept.Add(new(name, value));
        return path + QueryString.Create(kept);
    }

    /// <summary>This page without the parameters <paramref name="names"/>, from page 1.</summary>
    public string Without(IEnumerable<string> names)
    {
        var dropped = names.Append("page").ToList();
        return path + QueryString.Create([.. given.Where(p => !dropped.Any(name => Is(p, name)))]);
    }

    /// <summary>This page at page <paramref name="page"/>.</summary>
    public string Page(int page) =>
        path + QueryString.Create([.. given.Where(p => !Is(p, "page")), new("page", page.ToString(CultureInfo.InvariantCulture))]);

    static bool Is(KeyValuePair<string, string?> p, string name) => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase);
}
