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

    /// <summary>Adds <paramref name="term"/>, which names <paramref name="parameter"/>, when the value is given.</summary>
    public SqlFilter And(string parameter, object? value, string term)
    {
        if (value is null) return this;
        _terms.Add(term);
        _parameters.Add((parameter, value));
        return this;
    }

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
