namespace Mgi.Api.Features.Sources.List;

public sealed class Endpoint(Database database, RenderedData rendered) : ListEndpoint<ListSourcesRequest, Source>
{
    public override void Configure()
    {
        List(ListSourcesRequest.Route, "ListSources", "Sources",
            "List key sources",
            "The entries of the profiles' \"Key sources\". Ordered by profile, then as printed.");
    }

    public override async Task HandleAsync(ListSourcesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, () => Data.Count(db, req), () => rendered.Sources.Get(Data.Keys(db, req)), ct);
    }
}
