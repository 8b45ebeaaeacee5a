using System.Globalization;
using Mgi.Api.Data;
using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.ReadModel;

/// <summary>
/// A resource as a feature declares it, once: its table, key, order and columns, and its list's
/// filters (<see cref="Resource{TItem, TListRequest}"/>). From the declaration alone, the service
/// renders every item at start-up (<see cref="Resources"/>), answers its list and item routes
/// (SQL picks a page's keys and counts; the rendered bytes are written), its CSV, its table in the
/// data package and its count in /v1/meta. A feature declares a resource by deriving from this
/// class; it is found and registered at start-up (<see cref="Resources.AddResources"/>).
/// </summary>
/// <remarks>
/// Statements are built from the declaration's constants: SELECT <see cref="Columns"/> FROM
/// <see cref="From"/> ORDER BY <see cref="Order"/> (every item, at start-up); SELECT count(*) FROM
/// <see cref="From"/> WHERE filters (a list's total); SELECT <see cref="KeyColumn"/> FROM
/// <see cref="PageFrom"/> WHERE filters ORDER BY <see cref="Order"/> LIMIT … (a page's keys).
/// </remarks>
public abstract class Resource<TItem> : IResource where TItem : class
{
    RenderedItems<TItem>? _items;
    ItemJson? _json;
    // Set only with rendered responses off (CacheLimits.RenderedResponses): where pages and items are read per request.
    Database? _readPerRequest;

    /// <summary>The resource's name in URLs, CSV file names and the data package (kebab-case: covid-responses).</summary>
    public abstract string Name { get; }

    /// <summary>The path of the resource's list route (/v1/policies); null when its lists hang under another resource.</summary>
    public virtual string? ListPath => Http.ApiPaths.V1 + "/" + Name;

    /// <summary>The table and its alias, with any joins the columns need: "policies p".</summary>
    protected abstract string From { get; }

    /// <summary>Where a page's keys are read: <see cref="From"/> unless an index must be named for the order.</summary>
    protected virtual string PageFrom => From;

    /// <summary>The SQL expression of an item's key, as text: "p.id".</summary>
    protected abstract string KeyColumn { get; }

    /// <summary>The documented order of the list: "p.profile_id, p.ord".</summary>
    protected abstract string Order { get; }

    /// <summary>
    /// The columns of an item, each named as its property (snake_case): a list or an object is a
    /// JSON column (<see cref="Data.JsonColumns"/>).
    /// </summary>
    protected abstract string Columns { get; }

    /// <summary>An item's key, equal to what <see cref="KeyColumn"/> reads; item routes find items by it, in any case.</summary>
    protected abstract string KeyOf(TItem item);

    /// <summary>The fields that identify a row of the resource's table in the data package.</summary>
    public abstract IReadOnlyList<string> PrimaryKey { get; }

    /// <summary>The fields that refer to another resource of the data package: (field, resource, its key field).</summary>
    public virtual IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [];

    /// <summary>
    /// The columns of <see cref="From"/> that full-text search reads (/v1/search and the list's q
    /// filter, <see cref="TextIndex"/>), each with its weight in the ranking: [("p.title", 2), ("p.text", 1)].
    /// None: the resource has no text to search.
    /// </summary>
    public virtual IReadOnlyList<(string Column, float Weight)> Text => [];

    /// <summary>Exact values a search of the resource can be narrowed by, as (name, column): [("profile", "p.profile_id")].</summary>
    public virtual IReadOnlyList<(string Name, string Column)> TextTags => [];

    /// <summary>
    /// The WHERE term of a list's q filter, bound to the query's canonical text as @Match: the item's
    /// key among those the text index matches (<see cref="TextIndex.Matches"/>).
    /// </summary>
    protected string MatchesText => $"{KeyColumn} IN (SELECT value FROM json_each(text_matches('{Name}', @Match)))";

    public TextSource? ReadText(Database.Lease db)
    {
        if (Text.Count == 0) return null;
        var columns = string.Join(", ", Text.Select(t => t.Column).Concat(TextTags.Select(t => t.Column)));
        // In the list's order, as rendered: the index keeps it, so matches come in the list's order.
        var rows = db.Rows($"SELECT {KeyColumn}, {columns} FROM {From} ORDER BY {Order}")
            .Select(r => new TextRow(r[0]!, r[1..(1 + Text.Count)], r[(1 + Text.Count)..]))
            .ToList();
        return new TextSource(Name, [.. Text.Select(t => t.Weight)], [.. TextTags.Select(t => t.Name)], rows);
    }

    /// <summary>Every item, rendered at start-up.</summary>
    public RenderedItems<TItem> Items => _items ?? throw new InvalidOperationException($"{Name} is rendered when the service starts, before it serves.");

    /// <summary>The name in JSON (camelCase: covidResponses), as /v1/meta counts it.</summary>
    public string JsonName => string.Concat(Name.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    public Type ItemType => typeof(TItem);
    public int Count => Items.Count;
    public IEnumerable<string> Keys => Items.Keys;
    public System.Collections.IEnumerable Rows => Items.All.Select(i => i.Item);

    public void Render(Database.Lease db, ItemJson json, Database? readPerRequest = null)
    {
        _items = new RenderedItems<TItem>(db.Query<TItem>($"SELECT {Columns} FROM {From} ORDER BY {Order}"), KeyOf, json);
        _json = json;
        _readPerRequest = readPerRequest;
    }

    /// <summary>How many items match <paramref name="filter"/>.</summary>
    public int Total(Database.Lease db, SqlFilter filter) =>
        filter.OnlyText is { } query ? db.TextMatches(Name, query).Count : filter.Count(db, From);

    /// <summary>
    /// The matching items from <paramref name="offset"/>, at most <paramref name="limit"/>, in the
    /// list's order. A q alone is answered by the text index, whose records are in the list's order
    /// (<see cref="ReadText"/>): no statement reads thousands of keys for a common word.
    /// </summary>
    public IReadOnlyList<Rendered<TItem>> Page(Database.Lease db, SqlFilter filter, int offset, int limit)
    {
        var keys = filter.OnlyText is { } query
            ? db.TextMatches(Name, query).Skip(offset).Take(limit)
            : filter.Keys(db, KeyColumn, PageFrom, Order, offset, limit);
        return _readPerRequest is null ? Items.Get(keys) : Read(db, keys);
    }

    /// <summary>The item of <paramref name="key"/> (any case) as its route writes it, or null.</summary>
    public Rendered<TItem>? Item(string key)
    {
        var item = Items.Find(key);
        if (item is null || _readPerRequest is null) return item;
        using var db = _readPerRequest.Open();
        return Read(db, [KeyOf(item.Item)])[0];
    }

    // With rendered responses off (CacheLimits.RenderedResponses, to measure what they buy): the
    // items of these keys read from their rows and serialized now, in this order.
    List<Rendered<TItem>> Read(Database.Lease db, IEnumerable<string> keys)
    {
        var ordered = keys.ToList();
        var rows = db.Query<TItem>($"SELECT {Columns} FROM {From} WHERE {KeyColumn} IN (SELECT value FROM json_each(@Keys))",
            ("@Keys", System.Text.Json.JsonSerializer.Serialize(ordered)));
        var byKey = rows.ToDictionary(KeyOf, StringComparer.OrdinalIgnoreCase);
        return [.. ordered.Select(key => _json!.Render(byKey[key]))];
    }

    /// <summary>An integer key as <see cref="KeyOf"/> gives it.</summary>
    protected static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A resource and the filters of its list route.</summary>
public abstract class Resource<TItem, TListRequest> : Resource<TItem>, IListResource where TItem : class where TListRequest : new()
{
    public Type ListRequestType => typeof(TListRequest);

    /// <summary>The WHERE terms the list's query parameters give (only those given), and the filters it can be faceted by.</summary>
    public abstract SqlFilter Filter(TListRequest request);

    /// <summary>The filters the list can be faceted by (declared with the filters, in <see cref="Filter"/>).</summary>
    public IReadOnlyList<string> FacetNames => Filter(new TListRequest()).FacetNames;

    /// <summary>
    /// For each value of the facet <paramref name="name"/>, how many items match <paramref name="filter"/>
    /// with that filter set to that value (<see cref="SqlFilter.FacetCounts"/>); null when counting
    /// took longer than the facet time limit (<see cref="Database.Lease.WithinFacetTimeLimit"/>).
    /// </summary>
    public IReadOnlyList<(string Value, int Count)>? FacetCounts(Database.Lease db, SqlFilter filter, string name) =>
        db.WithinFacetTimeLimit(() => filter.FacetCounts(db, From, KeyColumn, name));
}

/// <summary>A resource with a list route: what the contract says of its list.</summary>
public interface IListResource : IResource
{
    /// <summary>The request type of the list route.</summary>
    Type ListRequestType { get; }
    /// <summary>The filters the list can be faceted by.</summary>
    IReadOnlyList<string> FacetNames { get; }
}

/// <summary>What shared code needs of any resource: rendering it, counting it, writing its table.</summary>
public interface IResource
{
    string Name { get; }
    string JsonName { get; }
    string? ListPath { get; }
    Type ItemType { get; }
    int Count { get; }
    /// <summary>Every item's key (what its item route and the filters naming it take).</summary>
    IEnumerable<string> Keys { get; }
    /// <summary>Every item, in the list's order.</summary>
    System.Collections.IEnumerable Rows { get; }
    IReadOnlyList<string> PrimaryKey { get; }
    IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys { get; }
    /// <summary>Renders every item; given <paramref name="readPerRequest"/>, pages and items are instead read from it and serialized per request (<see cref="CacheLimits.RenderedResponses"/> off).</summary>
    void Render(Database.Lease db, ItemJson json, Database? readPerRequest = null);
    /// <summary>The resource's searchable text, or null when it declares none.</summary>
    TextSource? ReadText(Database.Lease db);
}
