using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Conventions.List;

public sealed class Endpoint(Database database, ConventionsResource conventions) : ListEndpoint<ListConventionsRequest, Convention>
{
    public override void Configure()
    {
        List(ListConventionsRequest.Route, "ListConventions", "Conventions",
            "List conventions",
            "The international conventions of the profiles' ratification table, in table order.");
    }

    public override Task HandleAsync(ListConventionsRequest req, CancellationToken ct) => SendPageAsync(database, conventions, req, ct);
}
