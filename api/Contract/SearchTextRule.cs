using Mgi.Api.Text;

namespace Mgi.Api.Contract;

/// <summary>Validation rules that data annotations cannot express.</summary>
public static class SearchTextRule
{
    /// <summary>Search text must hold at least one word (its length is limited by [MaxLength]).</summary>
    public static void SearchText<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(q => q is null || q.Length > TextQuery.MaxLength || TextQuery.Parse(q) is not null)
            .OverridePropertyName(name)
            .WithMessage($"{name} must contain at least one letter or digit.");
}
