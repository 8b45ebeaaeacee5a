using System.Globalization;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Sources;

namespace Mgi.Api.Features.Search.List;

/// <summary>
/// The hits of a search: ranked by the text index (<see cref="TextIndex"/>) over the four searchable
/// resources, narrowed by the index's tags (jurisdiction, profile, dimension: only findings have a
/// dimension, so type=source&amp;dimension=2 matches nothing); each hit's title from its rendered
/// item and its snippet cut from its text in memory.
/// </summary>
public sealed class Hits(TextIndex text, PoliciesResource policies, CovidResponsesResource covidResponses, SourcesResource sources, FootnotesResource footnotes)
{
    // Each type of hit, the resource its records come from, and how a record's title reads.
    readonly Dictionary<string, (string Type, Func<string, string> Title)> _kinds = new()
    {
        [policies.Name] = (SearchRequest.Policy, key => policies.Items.Find(key)!.Item.Title),
        [covidResponses.Name] = (SearchRequest.CovidResponse, key => covidResponses.Items.Find(key)!.Item.Topic),
        [sources.Name] = (SearchRequest.Source, key => sources.Items.Find(key)!.Item.Title),
        [footnotes.Name] = (SearchRequest.Footnote, key => NoteTitle(footnotes.Items.Find(key)!.Item)),
    };

    /// <summary>
    /// The best <paramref name="top"/> hits and the exact total. Order: by score, higher first; equal
    /// scores by type, then in the order of that type's list (the index's order).
    /// </summary>
    public TextIndex.Found Find(TextQuery query, SearchRequest r, int top)
    {
        var resources = _kinds.Where(k => r.Type is null || r.Type == k.Value.Type).Select(k => k.Key);
        var tags = new List<(string, string)>();
        if (r.Jurisdiction is { } jurisdiction) tags.Add(("jurisdiction", jurisdiction));
        if (r.Profile is { } profile) tags.Add(("profile", profile));
        if (r.Dimension is { } dimension) tags.Add(("dimension", dimension.ToString(CultureInfo.InvariantCulture)));
        return text.Search(query, resources, tags, top);
    }

    static string NoteTitle(Footnote note) => $"Note {note.Number}" + (note.Section == "covid" ? " (COVID-19 page)" : "");

    /// <summary>A hit as the API serves it.</summary>
    public SearchHit Hit(TextIndex.Hit hit, SnippetTerms terms)
    {
        var (type, title) = _kinds[hit.Resource];
        var snippet = text.Snippet(hit.Doc, terms);
        return new SearchHit
        {
            Type = type, Id = hit.Key,
            ProfileId = text.Tag(hit.Doc, "profile")!,
            JurisdictionCode = text.Tag(hit.Doc, "jurisdiction")!,
            DimensionNumber = text.Tag(hit.Doc, "dimension") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null,
            Title = title(hit.Key),
            Snippet = snippet.Plain,
            SnippetHtml = snippet.Html,
            Score = Math.Round(hit.Score, 4),
        };
    }
}
