using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using F23.StringSimilarity;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Contract;

/// <summary>
/// The known sets that <see cref="KnownCodeAttribute"/> declares, taken from the rendered resources
/// once (the data cannot change while the service runs), and what a value outside one is told.
/// </summary>
public sealed class KnownCodes(Resources resources)
{
    readonly ConcurrentDictionary<(string Resource, string? Field), KnownSet> _sets = new();

    /// <summary>
    /// Reads every set that the request types of <paramref name="assembly"/> declare: at start-up,
    /// once the resources are rendered, so that a declaration naming no resource or field stops
    /// start-up rather than a request.
    /// </summary>
    public void Load(Assembly assembly)
    {
        foreach (var declaration in Declarations(assembly)) For(declaration);
    }

    static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, KnownCodeAttribute Known)[]> Filters = new();

    /// <summary>
    /// The refusals of <paramref name="request"/>'s [KnownCode] filters whose values are outside
    /// their sets, naming each filter and the closest codes; a value <paramref name="refused"/>
    /// already names (its form was refused) is left to that reason. A known value is set on the
    /// request as the data writes it, so that every filter matches in any case, whatever its
    /// column's collation (indicator=D1-EDUCATION is d1-education).
    /// </summary>
    public List<ValidationFailure> Check(object request, IEnumerable<ValidationFailure> refused)
    {
        var failures = new List<ValidationFailure>();
        foreach (var (property, name, declaration) in Filters.GetOrAdd(request.GetType(), KnownCodeFilters))
        {
            if (property.GetValue(request) is not string value) continue;
            if (refused.Any(f => string.Equals(f.PropertyName, name, StringComparison.OrdinalIgnoreCase))) continue;
            var set = For(declaration);
            if (set.Find(value) is { } written)
            {
                if (!string.Equals(written, value, StringComparison.Ordinal)) property.SetValue(request, written);
                continue;
            }
            failures.Add(new(name, set.Refusal(value)));
        }
        return failures;
    }

    static (PropertyInfo, string, KnownCodeAttribute)[] KnownCodeFilters(Type requestType) =>
    [
        .. QueryParameters.Of(requestType)
            .Where(p => p.Property.GetCustomAttribute<KnownCodeAttribute>() is not null)
            .Select(p => (p.Property, p.Name, p.Property.GetCustomAttribute<KnownCodeAttribute>()!)),
    ];

    /// <summary>The set <paramref name="declaration"/> declares.</summary>
    public KnownSet For(KnownCodeAttribute declaration) =>
        _sets.GetOrAdd((declaration.Resource, declaration.Field), _ => Build(declaration));

    KnownSet Build(KnownCodeAttribute declaration)
    {
        var resource = resources.All.SingleOrDefault(r => r.Name == declaration.Resource)
            ?? throw new InvalidOperationException($"[KnownCode] names the resource '{declaration.Resource}', which is not declared.");
        var (where, keyName) = Describe(declaration, resource);
        var values = declaration.Field is null ? resource.Keys : FieldValues(resource, declaration.Field);
        return new KnownSet(values.ToFrozenSet(StringComparer.OrdinalIgnoreCase), declaration.Noun, keyName, where);
    }

    /// <summary>
    /// Where the set is listed (the resource's list, or its facet of the field) and what one value
    /// is called ("code", "id", "topic"), from the resource's declaration alone: the contract uses
    /// it before anything is rendered.
    /// </summary>
    static (string Where, string KeyName) Describe(KnownCodeAttribute declaration, IResource resource) =>
        (declaration.Field is null ? resource.ListPath! : $"{resource.ListPath}?facet={declaration.Field}",
         declaration.Field ?? resource.PrimaryKey.Single());

    /// <summary>What the contract says of a declaration: where the set is listed, the list route and the field of its items that holds the values.</summary>
    public static (string Where, string List, string KeyName) Describe(KnownCodeAttribute declaration)
    {
        var resource = Resources.Declarations.SingleOrDefault(r => r.Name == declaration.Resource)
            ?? throw new InvalidOperationException($"[KnownCode] names the resource '{declaration.Resource}', which is not declared.");
        var (where, keyName) = Describe(declaration, resource);
        return (where, resource.ListPath!, keyName);
    }

    /// <summary>The declarations of <paramref name="assembly"/>'s request types, each once.</summary>
    public static IEnumerable<KnownCodeAttribute> Declarations(Assembly assembly) => assembly.GetTypes()
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Select(p => p.GetCustomAttribute<KnownCodeAttribute>())
        .OfType<KnownCodeAttribute>();

    static IEnumerable<string> FieldValues(IResource resource, string field)
    {
        var property = resource.ItemType.GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"[KnownCode] names the field '{field}', which {resource.Name} does not have.");
        return resource.Rows.Cast<object>().Select(property.GetValue).OfType<object>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!);
    }
}

/// <summary>One known set: its values, and how a value outside it is answered.</summary>
public sealed class KnownSet(FrozenSet<string> values, string noun, string keyName, string where)
{
    /// <summary>At most this many suggestions: a few to choose from, not the list.</summary>
    public const int MaxSuggestions = 5;

    // Nothing this long is close to a code; its distance to each is not worth computing.
    const int MaxComparedLength = 64;

    static readonly Damerau Distance = new();

    public FrozenSet<string> Values { get; } = values;

    /// <summary>The value as the data writes it (MEX for mex), or null when it is none of the set.</summary>
    public string? Find(string value) => Values.TryGetValue(value, out var known) ? known : null;

    /// <summary>Why <paramref name="value"/>, none of the set, cannot be answered: the closest values, or where the set is listed.</summary>
    public string Refusal(string value)
    {
        var closest = Closest(value);
        return closest.Count == 0
            ? $"No {noun} has the {keyName} '{value}'; {where} lists every {keyName}."
            : $"No {noun} has the {keyName} '{value}'. Did you mean {Either(closest)}?";
    }

    /// <summary>
    /// The values closest to <paramref name="value"/>, ignoring case, at most <see cref="MaxSuggestions"/>:
    /// those within a small edit distance (Damerau–Levenshtein: a letter or two wrong, missing, extra
    /// or swapped; MX → MEX), then those it begins, is the beginning of or is contained in (MX →
    /// MX-CHH, health → access-to-health-care); only when there is none of these, those with the same
    /// first segment, if few share it (d3-foo → d3-civil-society; mex- begins every instrument's id,
    /// and says nothing). Nearest first, then in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Closest(string value)
    {
        if (value.Length == 0 || value.Length > MaxComparedLength) return [];
        var asked = value.ToUpperInvariant();
        var segment = asked.Contains('-') && FirstSegment(asked) is { Length: >= 2 } first && FewShare(first) ? first : null;
        var close = new List<(string Known, double Distance, int Tier)>();
        foreach (var known in Values)
        {
            var upper = known.ToUpperInvariant();
            var distance = Distance.Distance(asked, upper);
            if (distance <= Math.Clamp(Math.Min(asked.Length, known.Length) / 4, 1, 3)) close.Add((known, distance, 0));
            else if (Related(asked, upper)) close.Add((known, distance, 1));
            else if (segment is not null && FirstSegment(upper) == segment) close.Add((known, distance, 2));
        }
        if (close.Any(k => k.Tier < 2)) close.RemoveAll(k => k.Tier == 2);
        return [.. close.OrderBy(k => k.Tier).ThenBy(k => k.Distance).ThenBy(k => k.Known, StringComparer.Ordinal).Take(MaxSuggestions).Select(k => k.Known)];
    }

    static bool Related(string asked, string known) =>
        (asked.Length >= 2 && known.StartsWith(asked, StringComparison.Ordinal))
        || (known.Length >= 2 && asked.StartsWith(known, StringComparison.Ordinal))
        || (asked.Length >= 3 && known.Contains(asked, StringComparison.Ordinal));

    /// <summary>Whether at most half the values begin with <paramref name="segment"/>: a segment that most share tells nothing.</summary>
    bool FewShare(string segment) =>
        Values.Count(v => string.Equals(FirstSegment(v), segment, StringComparison.OrdinalIgnoreCase)) * 2 <= Values.Count;

    static string FirstSegment(string code) => code.Split('-')[0];

    static string Either(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];
}
