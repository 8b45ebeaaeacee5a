namespace Mgi.Api.Features.Profiles.Get;

public sealed class GetProfileRequest
{
    public const string Route = "/v1/profiles/{id}";

    /// <summary>The profile id, e.g. MEX-2022 (case-insensitive).</summary>
    public string Id { get; set; } = "";
}
