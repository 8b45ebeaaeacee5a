using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Dimensions.List;

public sealed class Endpoint(Database database, DimensionsResource dimensions) : ListEndpoint<ListDimensionsRequest, Dimension>
{
    public override void Configure()
    {
        List(ListDimensionsRequest.Route, "ListDimensions", "Dimensions",
            "List the MGI dimensions",
            "The six dimensions of migration governance, drawn from the Migration Governance Framework (MiGOF). Ordered by number.");
    }

    public override Task HandleAsync(ListDimensionsRequest req, CancellationToken ct) => SendPageAsync(database, dimensions, req, ct);
}
