namespace Mgi.Api.Features.Instruments.Get;

public sealed class GetInstrumentRequest
{
    public const string Route = "/v1/instruments/{id}";

    /// <summary>The instrument id, e.g. mex-migration-law.</summary>
    public string Id { get; set; } = "";

    /// <summary>The 404's detail for an id that matches nothing: the API's, and its explorer page's.</summary>
    public static string NoSuchId(string id) => $"No instrument has the id '{id}'.";
}
