namespace Mgi.Api.Features.Jurisdictions.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListJurisdictionsRequest, Jurisdiction>
{
    public override void Configure()
    {
        Get(ListJurisdictionsRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListJurisdictionsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db, req), () => Data.Page(db, req), ct);
    }
}
