namespace Mgi.Api.Features.Profiles.List;

public sealed class Endpoint(Database database) : ListEndpoint<ListProfilesRequest, Profile>
{
    public override void Configure()
    {
        Get(ListProfilesRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(ListProfilesRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        await SendPageAsync(req, Data.Count(db, req), () => Data.Page(db, req), ct);
    }
}
