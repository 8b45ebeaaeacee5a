namespace Mgi.Api.Features.Indicators.Get;

public sealed class GetIndicatorRequest
{
    public const string Route = "/v1/indicators/{code}";

    /// <summary>The indicator code, e.g. 1.3.</summary>
    public string Code { get; set; } = "";
}
