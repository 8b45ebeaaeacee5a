namespace Mgi.Api.Csv;

/// <summary>
/// A request whose answer can also be CSV (every list): its route serves text/csv besides JSON,
/// so an Accept of text/csv is acceptable there (<see cref="Http.Negotiation"/>).
/// </summary>
public interface ICsvRequest
{
    /// <summary>For CSV only: a second row of HXL hashtags under the header.</summary>
    bool? Hxl { get; }
}
