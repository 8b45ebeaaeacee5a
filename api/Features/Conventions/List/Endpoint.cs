namespace Mgi.Api.Features.Conventions.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListConventionsRequest, Convention>
{
    public override void Configure()
    {
        List(ListConventionsRequest.Route, "ListConventions", "Conventions",
            "List conventions",
            "The international conventions of the profiles' ratification table, in table order.");
    }

    public override async Task HandleAsync(ListConventionsRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db), () => Data.Page(db, req), ct);
    }
}
