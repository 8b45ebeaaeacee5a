namespace Mgi.Api.Features.Policies.Get;

public sealed class GetPolicyRequest
{
    public const string Route = "/v1/policies/{id}";

    /// <summary>The finding id, e.g. MEX-2022-1.2-01.</summary>
    public string Id { get; set; } = "";
}
