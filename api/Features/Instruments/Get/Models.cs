namespace Mgi.Api.Features.Instruments.Get;

public sealed class GetInstrumentRequest
{
    public const string Route = "/v1/instruments/{id}";

    /// <summary>The instrument id, e.g. mex-migration-law.</summary>
    public string Id { get; set; } = "";
}
