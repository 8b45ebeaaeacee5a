using System.Globalization;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Sources;
using Mgi.Api.Lists;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;

namespace Mgi.Api.Features.Search.List;

/// <summary>
/// The hits of a search: ranked by the text index (<see cref="TextIndex"/>) over the four searchable
/// resources, narrowed by the index's tags (jurisdiction, profile, dimension: only findings have a
/// dimension, so type=source&amp;dimension=2 matches nothing); each hit's title from its rendered
/// item and its snippet cut from its text in memory.
/// </summary>
public sealed class Hits(TextIndex text, ItemJson json, PoliciesResource policies, CovidResponsesResource covidResponses, SourcesResource sources, FootnotesResource footnotes)
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
    /// The request's hits as a list: one search gives the total and the page (ranked up to its end),
    /// then the page's hits get their snippets and are rendered like any list's items. What
    /// /v1/search and the explorer's search page answer from.
    /// </summary>
    public ListSource<SearchHit> Source(SearchRequest req)
    {
        var query = TextQuery.Parse(req.Q)!; // the validator refused text without a word
        TextIndex.Found? found = null;
        TextIndex.Found Find(long top) =>
            found is { } f && (f.Hits.Count >= top || f.Hits.Count == f.Total) ? f : found = this.Find(query, req, (int)Math.Min(top, int.MaxValue));
        IReadOnlyList<Rendered<SearchHit>> Page(int offset, int limit)
        {
            var terms = text.SnippetTerms(query);
            return [.. Find((long)offset + limit).Hits.Skip(offset).Take(limit).Select(hit => json.Render(Hit(hit, terms)))];
        }
        return new ListSource<SearchHit>(() => Find((long)req.Page * req.PageSize).Total, Page, SearchRequest.DeclaredFacets, names => Facets(query, req, names));
    }

    /// <summary>
    /// The best <paramref name="top"/> hits and the exact total. Order: by score, higher first; equal
    /// scores by type, then in the order of that type's list (the index's order).
    /// </summary>
    public TextIndex.Found Find(TextQuery query, SearchRequest r, int top)
    {
        var (resources, tags) = Scope(r, except: null);
        return text.Search(query, resources, tags, top);
    }

    /// <summary>
    /// For each facet named, each value's count of hits with that filter set to it and the other
    /// filters as given (<see cref="SearchRequest.DeclaredFacets"/>); most frequent first, then by
    /// value. Each within its own time limit.
    /// </summary>
    public FacetCounts Facets(TextQuery query, SearchRequest r, IReadOnlyList<string> names) =>
        FacetCounts.Of(names, IReadOnlyList<FacetValue>? (name) =>
        {
            var (resources, tags) = Scope(r, except: name);
            return text.FacetDocs(query, resources, tags) is not { } docs ? null : [.. docs
                .Select(doc => name == "type" ? _kinds[text.ResourceOf(doc)].Type : text.Tag(doc, name))
                .OfType<string>()
                .GroupBy(value => value, StringComparer.Ordinal)
                .Select(g => new FacetValue { Value = g.Key, Count = g.Count() })
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
        });

    // The resources and tags a request's filters select, leaving out the filter named except.
    (IEnumerable<string> Resources, List<(string, string)> Tags) Scope(SearchRequest r, string? except)
    {
        var type = except == "type" ? null : r.Type;
        var resources = _kinds.Where(k => type is null || type == k.Value.Type).Select(k => k.Key);
        var tags = new List<(string, string)>();
        if (r.Jurisdiction is { } jurisdiction && except != "jurisdiction") tags.Add(("jurisdiction", jurisdiction));
        if (r.Profile is { } profile && except != "profile") tags.Add(("profile", profile));
        if (r.Dimension is { } dimension && except != "dimension") tags.Add(("dimension", dimension.ToString(CultureInfo.InvariantCulture)));
        return (resources, tags);
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
