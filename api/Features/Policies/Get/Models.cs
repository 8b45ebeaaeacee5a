namespace Mgi.Api.Features.Policies.Get;

public sealed class GetPolicyRequest
{
    public const string Route = "/v1/policies/{id}";

    /// <summary>The finding id, e.g. MEX-2022-1.2-01.</summary>
    public string Id { get; set; } = "";

    /// <summary>The 404's detail for an id that matches nothing: the API's, and its explorer page's.</summary>
    public static string NoSuchId(string id) => $"No policy has the id '{id}'.";
}
