namespace Mgi.Api.Features.Footnotes.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListFootnotesRequest, Footnote>
{
    public override void Configure()
    {
        Get(ListFootnotesRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListFootnotesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db, req), () => Data.Page(db, req), ct);
    }
}
