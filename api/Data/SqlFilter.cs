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
