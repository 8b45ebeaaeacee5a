using Mgi.Api.Lists;
using Mgi.Api.Text;

namespace Mgi.Api.Data;

/// <summary>
/// The WHERE clause of a list query, holding only the filters a request gives: each combination of
/// filters is its own statement text, compiled once per connection (<see cref="Database"/>), and
/// there are few combinations. (Written instead as one text with every filter as
/// "(@x IS NULL OR …)", SQLite recompiles the statement whenever those parameters are bound and
/// cannot use an index for a filter.)
/// </summary>
public sealed class SqlFilter
{
    readonly List<string> _terms = [];
    readonly List<(string Name, object? Value)> _parameters = [];
    readonly List<Facet> _facets = [];

    /// <summary>
    /// Adds <paramref name="term"/>, which names <paramref name="parameter"/>, when the value is given.
    /// A filter that can be faceted says by what: <paramref name="facet"/>, the SQL expression of a
    /// row's value for it, reached through <paramref name="facetJoin"/> when the value lives in
    /// another table (aliases starting with f, so as not to meet the resource's own).
    /// </summary>
    public SqlFilter And(string parameter, object? value, string term, string? facet = null, string? facetJoin = null)
    {
        if (facet is not null) _facets.Add(new Facet(QueryName(parameter), parameter, facet, facetJoin));
        if (value is null) return this;
        _terms.Add(term);
        _parameters.Add((parameter, value));
        return this;
    }

    /// <summary>The query parameters the list can be faceted by, in declaration order.</summary>
    public IReadOnlyList<string> FacetNames => _facets.Select(f => f.Name).ToList();

    /// <summary>
    /// For each value of the facet <paramref name="name"/>, how many rows match the other filters
    /// and that value: the total the same query gives with that filter set to that value. Most
    /// frequent first, then by value; rows without a value are not counted (no filter selects them).
    /// </summary>
    public IReadOnlyList<(string Value, int Count)> FacetCounts(Database.Lease db, string from, string key, string name)
    {
        var facet = _facets.Single(f => f.Name == name);
        var others = Enumerable.Range(0, _terms.Count).Where(i => _parameters[i].Name != facet.Parameter).ToList();
        var where = string.Join(" AND ", others.Select(i => _terms[i]).Append($"{facet.Value} IS NOT NULL"));
        return db.Query<(string Value, long Count)>(
                $"SELECT CAST({facet.Value} AS TEXT), count(DISTINCT {key}) FROM {from} {facet.Join} WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1",
                [.. others.Select(i => _parameters[i])])
            .Select(v => (v.Value, (int)v.Count))
            .ToList();
    }

    /// <summary>"@DataStatus" → "dataStatus": the query parameter a SQL parameter stands for.</summary>
    static string QueryName(string parameter) => char.ToLowerInvariant(parameter[1]) + parameter[2..];

    sealed record Facet(string Name, string Parameter, string Value, string? Join);

    /// <summary>
    /// Adds the full-text filter <paramref name="term"/> (naming @Match) when there is a query; a
    /// filter holding only it is answered by the text index alone (<see cref="OnlyText"/>).
    /// </summary>
    public SqlFilter AndText(TextQuery? query, string term)
    {
        if (query is null) return this;
        _text = query.Canonical;
        return And("@Match", _text, term);
    }

    string? _text;

    /// <summary>The query's canonical text when the full-text filter is the only one given.</summary>
    public string? OnlyText => _terms.Count == 1 ? _text : null;

    /// <summary>" WHERE a AND b", or nothing when no filter is given.</summary>
    string Where => _terms.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _terms);

    /// <summary>How many rows of <paramref name="from"/> (a table and its alias, with any joins) match.</summary>
    public int Count(Database.Lease db, string from) =>
        db.Count($"SELECT count(*) FROM {from}{Where}", [.. _parameters]);

    /// <summary>
    /// The keys of rows <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>
    /// of <paramref name="from"/> with these filters, in <paramref name="order"/>.
    /// </summary>
    public IReadOnlyList<string> Keys(Database.Lease db, string key, string from, string order, int offset, int limit) =>
        db.Keys($"SELECT {key} FROM {from}{Where} ORDER BY {order} LIMIT @Limit OFFSET @Offset",
            [.. _parameters, ("@Limit", limit), ("@Offset", offset)]);
}
