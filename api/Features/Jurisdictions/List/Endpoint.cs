namespace Mgi.Api.Features.Jurisdictions.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListJurisdictionsRequest, Jurisdiction>
{
    public override void Configure()
    {
        List(ListJurisdictionsRequest.Route, "ListJurisdictions", "Jurisdictions",
            "List jurisdictions",
            "Countries and subnational units that have, or will have, an MGI profile, each with its profiles. Ordered national first, then by code.");
    }

    public override async Task HandleAsync(ListJurisdictionsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Jurisdictions.Get(Data.Keys(db, req)), ct);
    }
}
