using Mgi.Api.Data;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Profiles.List;

public sealed class Endpoint(Database database, ProfilesResource profiles) : ListEndpoint<ListProfilesRequest, Profile>
{
    public override void Configure()
    {
        List(ListProfilesRequest.Route, "ListProfiles", "Profiles",
            "List profiles",
            "Published MGI assessments: complete ones with their findings, and referenced ones known only by their publication. Ordered by jurisdiction, then year.");
    }

    public override Task HandleAsync(ListProfilesRequest req, CancellationToken ct) => SendPageAsync(database, profiles, req, ct);
}
