using FluentValidation;

namespace Mgi.Api.Common;

/// <summary>Validation rules shared by the filters of several lists.</summary>
public static class FilterRules
{
    /// <summary>An optional filter that, when given, must be one of the listed values.</summary>
    public static IRuleBuilderOptions<T, string?> OneOfWhenGiven<T>(this IRuleBuilder<T, string?> rule, string name, IReadOnlyCollection<string> allowed) =>
        rule.Must(v => v is null || allowed.Contains(v))
            .OverridePropertyName(name)
            .WithMessage(r => $"{name} must be one of: {string.Join(", ", allowed)}.");

    /// <summary>Search text: at most <see cref="FullText.MaxLength"/> characters with at least one word.</summary>
    public static void SearchText<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(q => q is null || (q.Length <= FullText.MaxLength && FullText.ToMatchExpression(q) is not null))
            .OverridePropertyName(name)
            .WithMessage($"{name} must contain at least one letter or digit and be at most {FullText.MaxLength} characters.");

    /// <summary>A dimension number filter, 1 to 6.</summary>
    public static void DimensionNumber<T>(this IRuleBuilder<T, int?> rule, string name) =>
        rule.InclusiveBetween(1, 6).OverridePropertyName(name).WithMessage($"{name} must be a dimension number from 1 to 6.");
}
