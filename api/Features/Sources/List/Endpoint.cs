using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Sources.List;

public sealed class Endpoint(Database database, SourcesResource sources) : ListEndpoint<ListSourcesRequest, Source>
{
    public override void Configure()
    {
        List(ListSourcesRequest.Route, "ListSources", "Sources",
            "List key sources",
            "The entries of the profiles' \"Key sources\". Ordered by profile, then as printed.");
    }

    public override Task HandleAsync(ListSourcesRequest req, CancellationToken ct) => SendPageAsync(database, sources, req, ct);
}
