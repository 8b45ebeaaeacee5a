namespace Mgi.Api.Features.Jurisdictions.Get;

public sealed class GetJurisdictionRequest
{
    public const string Route = "/v1/jurisdictions/{code}";

    /// <summary>The jurisdiction code, e.g. MEX or MX-CHH (case-insensitive).</summary>
    public string Code { get; set; } = "";
}
