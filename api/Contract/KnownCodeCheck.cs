using System.Collections.Concurrent;
using System.Reflection;

namespace Mgi.Api.Contract;

/// <summary>
/// Refuses a filter value outside its known set (<see cref="KnownCodeAttribute"/>) with a 400
/// naming the parameter and the closest codes: a typo in a code must not look like "no data". A
/// known value is passed on as the data writes it.
/// A pre-processor rather than a rule of the validators: the sets come from the data of the
/// application answering (its request services), which the validators, built once, do not reach.
/// </summary>
public sealed class KnownCodeCheck : IGlobalPreProcessor
{
    static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, KnownCodeAttribute Known)[]> Filters = new();

    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        // Nothing bound (a binding failure answers), or another check answered already.
        if (context.Request is not { } request || QueryParameterCheck.Answered(http)) return;
        var filters = Filters.GetOrAdd(request.GetType(), Declared);
        if (filters.Length == 0) return;
        var known = http.RequestServices.GetRequiredService<KnownCodes>();
        var failures = new List<ValidationFailure>();
        foreach (var (property, name, declaration) in filters)
        {
            if (property.GetValue(request) is not string value) continue;
            // A value the validators refused already (its form) is answered by their reason.
            if (context.ValidationFailures.Any(f => string.Equals(f.PropertyName, name, StringComparison.OrdinalIgnoreCase))) continue;
            var set = known.For(declaration);
            // A known value goes on as the data writes it, so that every filter matches in any
            // case, whatever its column's collation (indicator=D1-EDUCATION is d1-education).
            if (set.Find(value) is { } written)
            {
                if (!string.Equals(written, value, StringComparison.Ordinal)) property.SetValue(request, written);
                continue;
            }
            failures.Add(new(name, set.Refusal(value)));
        }
        if (failures.Count == 0) return;
        context.ValidationFailures.AddRange(failures);
        if (QueryParameterCheck.AnswersItsOwnFailures(http)) return;
        await http.Response.SendErrorsAsync(context.ValidationFailures, 400, cancellation: ct);
    }

    static (PropertyInfo, string, KnownCodeAttribute)[] Declared(Type requestType) =>
    [
        .. QueryParameters.Of(requestType)
            .Where(p => p.Property.GetCustomAttribute<KnownCodeAttribute>() is not null)
            .Select(p => (p.Property, p.Name, p.Property.GetCustomAttribute<KnownCodeAttribute>()!)),
    ];
}
