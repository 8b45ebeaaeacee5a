namespace Mgi.Api.Features.Indicators.Get;

public sealed class GetIndicatorRequest
{
    public const string Route = "/v1/indicators/{code}";

    /// <summary>The indicator area code, e.g. d1-social-security.</summary>
    public string Code { get; set; } = "";
}
