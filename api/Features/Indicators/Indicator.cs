using Mgi.Api.Csv;
namespace Mgi.Api.Features.Indicators;

/// <summary>
/// An MGI indicator area inside a dimension, as the profile's dimension descriptions name it. The
/// roughly 90 individual questions are not published in the profile and are not listed.
/// </summary>
public sealed class Indicator
{
    /// <summary>Curatorial: d, the dimension number and a short name, e.g. d1-education (not a section number of a profile).</summary>
    [Hxl("#indicator+code")]
    public required string Code { get; init; }
    /// <summary>The dimension the area belongs to (1 to 6).</summary>
    [Hxl("#indicator+dimension+num")]
    public required int DimensionNumber { get; init; }
    /// <summary>Curatorial: a short name taken from the dimension description.</summary>
    [Hxl("#indicator+name")]
    public required string Name { get; init; }
    /// <summary>The sentence of the dimension description that names this area, verbatim.</summary>
    [Hxl("#description+indicator")]
    public string? Description { get; init; }
}
