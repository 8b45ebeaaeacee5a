namespace Mgi.Api.Features.Indicators;

/// <summary>
/// An MGI indicator area inside a dimension, as the profile's dimension descriptions name it. The
/// roughly 90 individual questions are not published in the profile and are not listed.
/// </summary>
public sealed class Indicator
{
    /// <summary>Dimension number and sequence, e.g. 1.3.</summary>
    [Hxl("#indicator+code")]
    public required string Code { get; init; }
    /// <summary>The dimension the area belongs to (1 to 6).</summary>
    [Hxl("#indicator+dimension+num")]
    public required int DimensionNumber { get; init; }
    /// <summary>The indicator area's name, e.g. Migrant remittances.</summary>
    [Hxl("#indicator+name")]
    public required string Name { get; init; }
    /// <summary>The sentence of the dimension description that names this area, verbatim.</summary>
    [Hxl("#description+indicator")]
    public string? Description { get; init; }
}
