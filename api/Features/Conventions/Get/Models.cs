namespace Mgi.Api.Features.Conventions.Get;

public sealed class GetConventionRequest
{
    public const string Route = "/v1/conventions/{code}";

    /// <summary>The convention code, e.g. crc-1989 (case-insensitive).</summary>
    public string Code { get; set; } = "";
}
