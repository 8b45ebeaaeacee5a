using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace Mgi.Api.Contract;

/// <summary>
/// Validates a request's query parameters from the data annotations on its properties
/// ([Range], [AllowedValues], [RegularExpression], [MaxLength]). The same annotations are written
/// into the OpenAPI contract by <see cref="ParameterContract"/>, so what the contract declares and
/// what the service accepts cannot drift apart.
/// </summary>
public sealed class ParameterRules<T> : AbstractValidator<T>
{
    public ParameterRules()
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var checks = property.GetCustomAttributes<ValidationAttribute>().ToList();
            if (checks.Count == 0) continue;
            RuleFor(r => property.GetValue(r)).Custom((value, context) =>
            {
                if (value is null)
                {
                    if (checks.OfType<RequiredAttribute>().Any()) context.AddFailure(new ValidationFailure(name, $"{name} is required."));
                    return;
                }
                foreach (var check in checks)
                    if (!check.IsValid(value))
                        context.AddFailure(new ValidationFailure(name, Message(name, check)));
            });
        }
    }

    static string Message(string name, ValidationAttribute check) => check switch
    {
        RangeAttribute { Maximum: int.MaxValue } r => $"{name} must be {r.Minimum} or more.",
        RangeAttribute r => $"{name} must be between {r.Minimum} and {r.Maximum}.",
        AllowedValuesAttribute a => $"{name} must be one of: {string.Join(", ", a.Values)}.",
        RegularExpressionAttribute x => $"{name} must match {x.Pattern}.",
        MaxLengthAttribute m => $"{name} must be at most {m.Length.ToString(CultureInfo.InvariantCulture)} characters.",
        _ => $"{name} is not valid.",
    };
}
