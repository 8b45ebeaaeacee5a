using Mgi.Api.Data;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.CovidResponses.List;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.List;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Jurisdictions.Ratifications;
using Mgi.Api.Features.Profiles;
using Mgi.Api.Features.Profiles.Summary;
using Mgi.Api.Features.Sources;
using Mgi.Api.Features.Sources.List;
using Mgi.Api.Lists;
using Mgi.Api.ReadModel;

namespace Mgi.Api.Features.Explorer.ProfileGlance;

/// <summary>/explore/profiles/{id}: the twin of /v1/profiles/{id}/summary, its numbers counted by the same code (<see cref="ProfileCounts"/>).</summary>
public sealed class Endpoint(Database database, ProfilesResource profiles, ProfileCounts counts, JurisdictionsResource jurisdictions,
    RatificationsResource ratifications, CovidResponsesResource covidResponses, InstrumentsResource instruments,
    SourcesResource sources, FootnotesResource footnotes) : PageEndpoint<GetProfileSummaryRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/profiles/{id}");

    protected override async Task RenderAsync(GetProfileSummaryRequest req, CancellationToken ct)
    {
        if (profiles.Items.Find(req.Id)?.Item is not { } profile)
        {
            await NotFoundAsync("id", GetProfileSummaryRequest.NoSuchId(req.Id), ct);
            return;
        }
        var place = jurisdictions.Items.Find(profile.JurisdictionCode)?.Item;
        var request = HttpContext.Request;
        ProfileView view;
        using (var db = database.Open())
        {
            // Every record of the profile: its lists filtered by it, one page as large as the API allows.
            IReadOnlyList<T> All<T, TRequest>(Resource<T, TRequest> resource, TRequest filter) where T : class where TRequest : PagedRequest, new()
            {
                filter.PageSize = PagedRequest.MaxPageSize;
                return [.. resource.Source(db, filter).Read(filter).Page!.Items.Select(i => i.Item)];
            }
            view = new ProfileView(profile, place, counts.Read(db, profile),
                [.. ratifications.Items.All.Select(r => r.Item).Where(r => r.ProfileId == profile.Id)],
                All(covidResponses, new ListCovidResponsesRequest { Profile = profile.Id }),
                All(instruments, new ListInstrumentsRequest { Profile = profile.Id }),
                All(sources, new ListSourcesRequest { Profile = profile.Id }),
                All(footnotes, new ListFootnotesRequest { Profile = profile.Id }),
                DatasetJsonLd.For(profile, place, $"{request.Scheme}://{request.Host}{request.PathBase}", database.DatasetVersion),
                $"await profiles.GetProfileSummaryAsync(\"{profile.Id}\");");
        }
        await SendPageAsync<ProfilePage>(view, ct);
    }
}
