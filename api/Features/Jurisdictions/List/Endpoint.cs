using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Jurisdictions.List;

public sealed class Endpoint(Database database, JurisdictionsResource jurisdictions) : ListEndpoint<ListJurisdictionsRequest, Jurisdiction>
{
    public override void Configure()
    {
        List(ListJurisdictionsRequest.Route, "ListJurisdictions", "Jurisdictions",
            "List jurisdictions",
            "Countries and subnational units that have, or will have, an MGI profile, each with its profiles. Ordered national first, then by code.");
    }

    public override Task HandleAsync(ListJurisdictionsRequest req, CancellationToken ct) => SendPageAsync(database, jurisdictions, req, ct);
}
