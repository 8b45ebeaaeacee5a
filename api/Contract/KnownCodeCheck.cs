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
    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        // Nothing bound (a binding failure answers), or another check answered already.
        if (context.Request is not { } request || QueryParameterCheck.Answered(http)) return;
        var failures = http.RequestServices.GetRequiredService<KnownCodes>().Check(request, context.ValidationFailures);
        if (failures.Count == 0) return;
        context.ValidationFailures.AddRange(failures);
        if (QueryParameterCheck.AnswersItsOwnFailures(http)) return;
        await http.Response.SendErrorsAsync(context.ValidationFailures, 400, cancellation: ct);
    }
}
