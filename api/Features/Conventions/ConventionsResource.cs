using Mgi.Api.Data;
using Mgi.Api.Features.Conventions.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Conventions;

/// <summary>The international conventions of the ratification table; /v1/conventions has no filters.</summary>
public sealed class ConventionsResource : Resource<Convention, ListConventionsRequest>
{
    public override string Name => "conventions";
    protected override string From => "conventions c";
    protected override string KeyColumn => "c.code";
    /// <summary>As in the profiles' ratification table.</summary>
    protected override string Order => "c.ord";
    protected override string Columns => "c.code, c.name, c.adopted_year, c.body";
    protected override string KeyOf(Convention item) => item.Code;
    public override IReadOnlyList<string> PrimaryKey => ["code"];

    public override SqlFilter Filter(ListConventionsRequest r) => new();
}
