using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Jurisdictions.Ratifications;

public sealed class Endpoint(Database database, RatificationsResource ratifications, JurisdictionsResource jurisdictions)
    : ListEndpoint<ListRatificationsRequest, Ratification>
{
    public override void Configure()
    {
        List(ListRatificationsRequest.Route, "ListJurisdictionRatifications", "Jurisdictions",
            "List the ratifications that apply to a jurisdiction",
            "The status of each international convention of the ratification table, as the profiles record it. Ratifications are national: a subnational unit shows its country's. Ordered as the table, newest profile first.",
            notFound: "No jurisdiction has this code.");
    }

    public override async Task HandleAsync(ListRatificationsRequest req, CancellationToken ct)
    {
        if (jurisdictions.Items.Find(req.Code) is null)
        {
            AddError(new ValidationFailure("code", ListRatificationsRequest.NoSuchCode(req.Code)));
            await Send.ErrorsAsync(404, ct);
            return;
        }
        await SendPageAsync(database, ratifications, req, ct);
    }
}
