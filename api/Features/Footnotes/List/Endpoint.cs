using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Footnotes.List;

public sealed class Endpoint(Database database, FootnotesResource footnotes) : ListEndpoint<ListFootnotesRequest, Footnote>
{
    public override void Configure()
    {
        List(ListFootnotesRequest.Route, "ListFootnotes", "Footnotes",
            "List footnotes",
            "The numbered notes of the profiles with the URLs they give. Ordered by profile, body notes before COVID-19 notes, then by number.");
    }

    public override Task HandleAsync(ListFootnotesRequest req, CancellationToken ct) => SendPageAsync(database, footnotes, req, ct);
}
