using Mgi.Api.Data;
using Mgi.Api.Features.Indicators.List;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Indicators;

/// <summary>The indicator areas of each dimension; and the filter of /v1/indicators.</summary>
public sealed class IndicatorsResource : Resource<Indicator, ListIndicatorsRequest>
{
    public override string Name => "indicators";
    protected override string From => "indicators i";
    protected override string KeyColumn => "i.code";
    /// <summary>By dimension, then in the catalogue's order.</summary>
    protected override string Order => "i.dimension_number, i.sequence";
    protected override string Columns => "i.code, i.dimension_number, i.name, i.description";
    protected override string KeyOf(Indicator item) => item.Code;
    public override IReadOnlyList<string> PrimaryKey => ["code"];
    public override IReadOnlyList<(string Field, string Resource, string Key)> ForeignKeys => [("dimensionNumber", "dimensions", "number")];

    public override SqlFilter Filter(ListIndicatorsRequest r) => new SqlFilter()
        .And("@Dimension", r.Dimension, "i.dimension_number = @Dimension", facet: "i.dimension_number");
}
