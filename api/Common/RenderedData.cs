using System.Text.Json;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Footnotes.List;
using Mgi.Api.Features.Indicators;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Profiles;
using Source = Mgi.Api.Features.Sources.List.Source;
using Microsoft.Data.Sqlite;

namespace Mgi.Api.Common;

/// <summary>
/// The items of the filterable lists, rendered once when the service starts (<see cref="Render"/>),
/// after the database is built and checked and the API's JSON options are set. Each list's own
/// <c>All</c> query reads them, so an item is exactly what that list served when it read rows per
/// request; the lists and the item routes (/v1/policies/{id}, …) write them. Small lists
/// (dimensions, conventions) and computed ones (search, ratifications) are still read per request.
/// </summary>
public sealed class RenderedData
{
    Lists? _lists;

    sealed record Lists(
        RenderedItems<Policy> Policies,
        RenderedItems<Source> Sources,
        RenderedItems<Footnote> Footnotes,
        RenderedItems<Jurisdiction> Jurisdictions,
        RenderedItems<Profile> Profiles,
        RenderedItems<Indicator> Indicators,
        RenderedItems<CovidResponse> CovidResponses);

    public RenderedItems<Policy> Policies => Rendered.Policies;
    public RenderedItems<Source> Sources => Rendered.Sources;
    public RenderedItems<Footnote> Footnotes => Rendered.Footnotes;
    public RenderedItems<Jurisdiction> Jurisdictions => Rendered.Jurisdictions;
    public RenderedItems<Profile> Profiles => Rendered.Profiles;
    public RenderedItems<Indicator> Indicators => Rendered.Indicators;
    public RenderedItems<CovidResponse> CovidResponses => Rendered.CovidResponses;

    Lists Rendered => _lists ?? throw new InvalidOperationException("The lists are rendered when the service starts, before it serves.");

    /// <summary>Reads and renders every item; called once at start-up. Answers how many.</summary>
    public int Render(Database database, JsonSerializerOptions json)
    {
        // One loan per list, the lists side by side on every core (on 200 profiles, one after the
        // other took 630 ms of start-up): each read gets the whole query time limit.
        Task<RenderedItems<T>> Read<T>(Func<SqliteConnection, IEnumerable<T>> all, Func<T, string> key) where T : class =>
            Task.Run(() =>
            {
                using var db = database.Open();
                return new RenderedItems<T>(all(db).ToList(), key, json);
            });
        var policies = Read(Features.Policies.List.Data.All, p => p.Id);
        var sources = Read(Features.Sources.List.Data.All, s => s.Id);
        var footnotes = Read(Features.Footnotes.List.Data.All, f => f.Id);
        var jurisdictions = Read(Features.Jurisdictions.List.Data.All, j => j.Code);
        var profiles = Read(Features.Profiles.List.Data.All, p => p.Id);
        var indicators = Read(Features.Indicators.List.Data.All, i => i.Code);
        var covidResponses = Read(Features.CovidResponses.List.Data.All, c => c.Id);
        // GetResult: a failed read throws its own exception (a SqliteException), not an aggregate.
        _lists = new Lists(policies.GetAwaiter().GetResult(), sources.GetAwaiter().GetResult(), footnotes.GetAwaiter().GetResult(),
            jurisdictions.GetAwaiter().GetResult(), profiles.GetAwaiter().GetResult(), indicators.GetAwaiter().GetResult(),
            covidResponses.GetAwaiter().GetResult());
        return Policies.Count + Sources.Count + Footnotes.Count + Jurisdictions.Count + Profiles.Count + Indicators.Count + CovidResponses.Count;
    }
}
