using Mgi.Api.Data;
using Mgi.Api.Features.Instruments;
using Mgi.Api.Features.Instruments.Get;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Policies.List;
using Mgi.Api.Lists;

namespace Mgi.Api.Features.Explorer.InstrumentDetail;

/// <summary>One instrument and the findings that name it (/v1/policies?instrument={id}, read by that list's code).</summary>
public sealed record InstrumentView(Mgi.Api.Features.Instruments.Instrument Instrument, ListPage<Policy> Findings);

/// <summary>/explore/instruments/{id}: the twin of /v1/instruments/{id}, with the findings that name it.</summary>
public sealed class Endpoint(Database database, InstrumentsResource instruments, PoliciesResource policies) : PageEndpoint<GetInstrumentRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/instruments/{id}");

    protected override async Task RenderAsync(GetInstrumentRequest req, CancellationToken ct)
    {
        if (instruments.Items.Find(req.Id)?.Item is not { } instrument)
        {
            await NotFoundAsync("id", GetInstrumentRequest.NoSuchId(req.Id), ct);
            return;
        }
        var naming = new ListPoliciesRequest { Instrument = instrument.Id, PageSize = PagedRequest.MaxPageSize };
        ListPage<Policy> findings;
        using (var db = database.Open()) findings = policies.Source(db, naming).Read(naming).Page!;
        await SendPageAsync<InstrumentPage>(new InstrumentView(instrument, findings), ct);
    }
}
