namespace Mgi.Api.Features.Footnotes.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListFootnotesRequest, Footnote>
{
    public override void Configure()
    {
        List(ListFootnotesRequest.Route, "ListFootnotes", "Footnotes",
            "List footnotes",
            "The numbered notes of the profiles with the URLs they give. Ordered by profile, body notes before COVID-19 notes, then by number.");
    }

    public override async Task HandleAsync(ListFootnotesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Footnotes.Get(Data.Keys(db, req)), ct);
    }
}
