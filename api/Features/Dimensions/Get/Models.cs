namespace Mgi.Api.Features.Dimensions.Get;

public sealed class GetDimensionRequest
{
    public const string Route = "/v1/dimensions/{number}";

    /// <summary>The dimension number, 1 to 6.</summary>
    public int Number { get; set; }
}
