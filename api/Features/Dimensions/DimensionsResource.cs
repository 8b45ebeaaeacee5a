using Mgi.Api.Data;
using Mgi.Api.Features.Dimensions.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Dimensions;

/// <summary>The six MGI dimensions; /v1/dimensions has no filters.</summary>
public sealed class DimensionsResource : Resource<Dimension, ListDimensionsRequest>
{
    public override string Name => "dimensions";
    protected override string From => "dimensions d";
    protected override string KeyColumn => "CAST(d.number AS TEXT)";
    /// <summary>By number.</summary>
    protected override string Order => "d.number";
    protected override string Columns => "d.number, d.code, d.name, d.migof_category, d.migof_statement, d.description";
    protected override string KeyOf(Dimension item) => Key(item.Number);
    public override IReadOnlyList<string> PrimaryKey => ["number"];

    public override SqlFilter Filter(ListDimensionsRequest r) => new();
}
