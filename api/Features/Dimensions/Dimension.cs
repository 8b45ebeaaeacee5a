using Mgi.Api.Csv;
namespace Mgi.Api.Features.Dimensions;

/// <summary>One of the six MGI dimensions, drawn from the Migration Governance Framework (MiGOF).</summary>
public sealed class Dimension
{
    /// <summary>1 to 6.</summary>
    [Hxl("#indicator+dimension+num")]
    public required int Number { get; init; }
    /// <summary>A stable slug, e.g. migrants-rights.</summary>
    [Hxl("#indicator+dimension+code")]
    public required string Code { get; init; }
    /// <summary>The dimension's name as the profiles print it, e.g. Migrants' rights.</summary>
    [Hxl("#indicator+dimension+name")]
    public required string Name { get; init; }
    /// <summary>principle or objective: which part of MiGOF the dimension draws on.</summary>
    [Hxl("#indicator+dimension+type")]
    public required string MigofCategory { get; init; }
    /// <summary>The MiGOF principle or objective, verbatim.</summary>
    [Hxl("#description+migof")]
    public required string MigofStatement { get; init; }
    /// <summary>What the dimension's indicators look at, verbatim from the profile.</summary>
    [Hxl("#description+dimension")]
    public required string Description { get; init; }
}
