using Mgi.Api.Data;

namespace Mgi.Api.Features.Profiles.Summary;

public sealed class Endpoint(Database database, ProfilesResource profiles, ProfileCounts counts) : Endpoint<GetProfileSummaryRequest, ProfileSummary>
{
    public override void Configure()
    {
        Get(GetProfileSummaryRequest.Route);
        AllowAnonymous();
        Description(b => b.WithName("GetProfileSummary").WithTags("Profiles")
            .ClearDefaultProduces(400).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Get a profile at a glance";
            s.Description = "Per dimension, the findings well developed and with potential for further development; conventions ratified and not; COVID-19 answers, notes, key sources and instruments. Each number equals the total of the list route filtered by the profile.";
            s.Responses[200] = "The profile's counts.";
            s.Responses[400] = "A query parameter (this operation takes none).";
            s.Responses[404] = "No profile has this id.";
        });
    }

    public override async Task HandleAsync(GetProfileSummaryRequest req, CancellationToken ct)
    {
        if (profiles.Items.Find(req.Id) is not { } profile)
        {
            AddError(new ValidationFailure("id", GetProfileSummaryRequest.NoSuchId(req.Id)));
            await Send.ErrorsAsync(404, ct);
            return;
        }
        using var db = database.Open();
        await Send.OkAsync(counts.Read(db, profile.Item), ct);
    }
}
