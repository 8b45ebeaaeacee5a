using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Caching.Memory;

namespace Mgi.Api.Text;

/// <summary>
/// The full-text index of every resource that declares text (<see cref="TextSource"/>): built in
/// memory at start-up from the database (Lucene.NET), ranked with BM25. It answers /v1/search (a
/// ranked page and the exact total) and every list's q filter (the keys that match, which the list's
/// statement takes as a set, or pages through when the q is its only filter): one parser (<see cref="TextQuery"/>), one analyzer
/// (<see cref="TextAnalyzer"/>), one semantics. The database keeps its FTS5 tables for analysts
/// searching the download offline; the service does not read them (docs/benchmarks.md: why).
/// </summary>
/// <remarks>
/// Each resource's columns are indexed under field names of their own, one per weight (columns of
/// equal weight share one: fewer postings to read per word), so BM25's statistics are per resource
/// and field, and a query on a resource's fields finds only its records. The last word of a query
/// also matches every stem that begins with its stem (what FTS5's prefix query on Porter stems
/// matched): the stems are looked up in the field's term dictionary when the query is built.
/// Records are added by resource name, each resource's in the order of its list (by profile, then as
/// printed), into one segment, so a document's number is its place in that order: equal scores keep
/// it (Lucene breaks ties by document number), and a list's matches come in its order.
/// </remarks>
public sealed class TextIndex(TextLimits? limits = null) : IDisposable
{
    // The service's query time limit applies to the index as to SQL statements: past it a search
    // stops and the request gets a 503.
    readonly long _timeLimitTicks = limits?.QueryTicks ?? long.MaxValue / 2;
    // A facet's pass over the matches has its own, shorter limit.
    readonly long _facetTimeLimitTicks = limits?.FacetTicks ?? long.MaxValue / 2;

    const string TagPrefix = "@";

    readonly TextAnalyzer _analyzer = new();
    readonly BM25Similarity _similarity = new();
    // The keys matching a list's q, per resource and query (bounded in characters; LRU).
    readonly MemoryCache? _matches = limits is { MatchCharacters: 0 } ? null : new(new MemoryCacheOptions { SizeLimit = limits?.MatchCharacters ?? 32 << 20 });
    RAMDirectory? _directory;
    DirectoryReader? _reader;
    IndexSearcher? _searcher;
    Dictionary<string, TextSource> _sources = [];
    Record[] _records = [];

    sealed record Record(TextSource Source, string Key, string?[] Texts, string?[] Tags);

    /// <summary>A document found: its resource and key, its score and its number in the index.</summary>
    public readonly record struct Hit(string Resource, string Key, float Score, int Doc);

    /// <summary>The hits of one page of a search and how many documents match in all.</summary>
    public sealed record Found(int Total, IReadOnlyList<Hit> Hits);

    IndexSearcher Searcher => _searcher ?? throw new InvalidOperationException("The text index is built at start-up, before the service serves.");

    /// <summary>How many records are indexed.</summary>
    public int Count => _records.Length;

    /// <summary>Indexes every record of <paramref name="sources"/> (replacing what was there).</summary>
    public void Build(IEnumerable<TextSource> sources)
    {
        var ordered = sources.OrderBy(s => s.Resource, StringComparer.Ordinal).ToList();
        var records = ordered
            .SelectMany(s => s.Rows.Select(r => new Record(s, r.Key, r.Texts, r.Tags)))
            .ToArray();
        var directory = new RAMDirectory();
        // One segment, documents in the order added: no flush before the end, no merge.
        var config = new IndexWriterConfig(TextAnalyzer.Version, _analyzer)
        {
            Similarity = _similarity,
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 1024,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var record in records) writer.AddDocument(Document(record));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(directory);
        if (reader.Leaves.Count > 1 || reader.MaxDoc != records.Length)
            throw new InvalidOperationException($"The text index has {reader.Leaves.Count} segments and {reader.MaxDoc} documents; one segment of {records.Length} was written.");
        (_directory, _reader, _records, _sources) = (directory, reader, records, ordered.ToDictionary(s => s.Resource));
        _beginnings.Clear();
        _searcher = new IndexSearcher(reader) { Similarity = _similarity };
    }

    static Document Document(Record record)
    {
        var document = new Document();
        for (var i = 0; i < record.Texts.Length; i++)
            if (record.Texts[i] is { } text)
            {
                var field = record.Source.Field(record.Source.Weights[i]);
                document.Add(new TextField(field, text, Field.Store.NO));
            }
        for (var i = 0; i < record.Tags.Length; i++)
            if (record.Tags[i] is { } tag) document.Add(new StringField(TagPrefix + record.Source.Tags[i], Tagged(tag), Field.Store.NO));
        return document;
    }

    /// <summary>
    /// The best <paramref name="top"/> records of <paramref name="resources"/> matching the query and
    /// carrying every tag given (name, value), by score (higher is better), then in index order; and
    /// how many match in all (exact).
    /// </summary>
    public Found Search(TextQuery query, IEnumerable<string> resources, IEnumerable<(string Name, string Value)> tags, int top)
    {
        var collector = TopScoreDocCollector.Create(Math.Clamp(top, 1, Math.Max(1, _records.Length)), docsScoredInOrder: false);
        Searcher.Search(Build(query, resources, tags), new TimeLimited(collector, Stopwatch.GetTimestamp() + _timeLimitTicks));
        var found = collector.GetTopDocs();
        return new Found(found.TotalHits, [.. found.ScoreDocs.Select(d => new Hit(_records[d.Doc].Source.Resource, _records[d.Doc].Key, d.Score, d.Doc))]);
    }

    /// <summary>
    /// Every record of <paramref name="resources"/> matching the query and carrying every tag given,
    /// as documents, unranked: what a facet counts by a value of theirs. Null when the facet time
    /// limit passed first.
    /// </summary>
    public IReadOnlyList<int>? FacetDocs(TextQuery query, IEnumerable<string> resources, IEnumerable<(string Name, string Value)> tags)
    {
        var collector = new Matching();
        try
        {
            Searcher.Search(Build(query, resources, tags), new TimeLimited(collector, Stopwatch.GetTimestamp() + _facetTimeLimitTicks));
        }
        catch (TextTimeLimitException)
        {
            return null;
        }
        return collector.Docs;
    }

    /// <summary>The resource a document found belongs to.</summary>
    public string ResourceOf(int doc) => _records[doc].Source.Resource;

    /// <summary>The value of a tag of a document found (null when it has none).</summary>
    public string? Tag(int doc, string name)
    {
        var record = _records[doc];
        var index = Array.IndexOf(record.Source.Tags, name);
        return index < 0 ? null : record.Tags[index];
    }

    /// <summary>The passage of a document found that shows the query best (<see cref="Snippet"/>).</summary>
    public Snippet Snippet(int doc, SnippetTerms terms) => Text.Snippet.Cut(_analyzer, _records[doc].Texts, terms);

    /// <summary>What a snippet looks for, from the query: once per request.</summary>
    public SnippetTerms SnippetTerms(TextQuery query) => new(_analyzer, query);

    /// <summary>
    /// The keys of <paramref name="resource"/>'s records matching a query (its
    /// <see cref="TextQuery.Canonical"/> text), in the resource's list order; and as a JSON array,
    /// what a list's statement reads with json_each when q comes with other filters. Remembered per
    /// query (the data never changes while the service runs).
    /// </summary>
    public TextMatches Matches(string resource, string canonical)
    {
        var cacheKey = resource + "\n" + canonical;
        if (_matches?.TryGetValue(cacheKey, out TextMatches? matches) == true) return matches!;
        var query = TextQuery.Parse(canonical) ?? throw new ArgumentException("No word in the query.", nameof(canonical));
        var collector = new Matching();
        Searcher.Search(Build(query, [resource], []), new TimeLimited(collector, Stopwatch.GetTimestamp() + _timeLimitTicks));
        matches = new TextMatches([.. collector.Docs.Select(d => _records[d].Key)]);
        if (_matches is null) return matches;
        using var entry = _matches.CreateEntry(cacheKey);
        entry.Size = cacheKey.Length + matches.Keys.Sum(k => k.Length + 8);
        entry.Value = matches;
        return matches;
    }

    BooleanQuery Build(TextQuery query, IEnumerable<string> resources, IEnumerable<(string Name, string Value)> tags)
    {
        var sources = resources.Select(r => _sources.TryGetValue(r, out var s) ? s : throw new ArgumentException($"{r} declares no text.", nameof(resources))).ToList();
        var all = new BooleanQuery();
        for (var c = 0; c < query.Clauses.Count; c++)
        {
            var clause = query.Clauses[c];
            var words = clause.Words.SelectMany(w => Pairs(_analyzer, w)).ToList();
            // The last word as a beginning: every stem that begins with its stem.
            var prefix = c == query.Clauses.Count - 1 && query.LastIsPrefix && words is [var last] && last.Stem.Length >= TextAnalyzer.MinPrefix
                ? last.Stem : null;
            var any = new BooleanQuery();
            foreach (var source in sources)
                foreach (var weight in source.Weights.Distinct())
                {
                    var field = source.Field(weight);
                    if (prefix is null) any.Add(Match(field, words, weight), Occur.SHOULD);
                    else Beginning(any, field, prefix, weight);
                }
            all.Add(any, Occur.MUST);
        }
        // Tags narrow the search and add nothing to the score.
        foreach (var (name, value) in tags) all.Add(new TermQuery(new Term(TagPrefix + name, Tagged(value))) { Boost = 0 }, Occur.MUST);
        return all;
    }

    // Up to this many stems a beginning is scored as each of its words; beyond, every record with one
    // of them scores the field's weight (Lucene's constant-score prefix query: same matches, cheaper).
    const int ScoredStems = 64;

    // The stems each beginning expands to, per field (null: more than ScoredStems). The index never
    // changes, so an expansion stays right; bounded by emptying it when it grows large.
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Prefix), string[]?> _beginnings = new();

    void Beginning(BooleanQuery any, string field, string prefix, float weight)
    {
        if (!_beginnings.TryGetValue((field, prefix), out var stems))
        {
            if (_beginnings.Count > 10_000) _beginnings.Clear();
            stems = _beginnings[(field, prefix)] = Stems(field, prefix);
        }
        if (stems is null) any.Add(new PrefixQuery(new Term(field, prefix)) { Boost = weight }, Occur.SHOULD);
        else foreach (var stem in stems) any.Add(new TermQuery(new Term(field, stem)) { Boost = weight }, Occur.SHOULD);
    }

    string[]? Stems(string field, string prefix)
    {
        var stems = new List<string>();
        var begin = new Lucene.Net.Util.BytesRef(prefix);
        var terms = _reader!.Leaves[0].AtomicReader.GetTerms(field)?.GetEnumerator();
        if (terms is not null && terms.SeekCeil(begin) != TermsEnum.SeekStatus.END)
            do
            {
                if (!Lucene.Net.Util.StringHelper.StartsWith(terms.Term, begin)) break;
                stems.Add(terms.Term.Utf8ToString());
            }
            while (stems.Count <= ScoredStems && terms.MoveNext());
        return stems.Count > ScoredStems ? null : [.. stems];
    }

    static Query Match(string field, List<(string Folded, string Stem)> words, float weight)
    {
        if (words.Count == 1) return new TermQuery(new Term(field, words[0].Stem)) { Boost = weight };
        var phrase = new PhraseQuery { Boost = weight };
        for (var p = 0; p < words.Count; p++) phrase.Add(new Term(field, words[p].Stem), p);
        return phrase;
    }

    // Tags compare ignoring case, as the database's codes and ids do (COLLATE NOCASE).
    static string Tagged(string value) => value.ToLowerInvariant();

    /// <summary>Each word of <paramref name="text"/> as typed (folded) and as its stem, in order.</summary>
    internal static List<(string Folded, string Stem)> Pairs(TextAnalyzer analyzer, string text)
    {
        var pairs = new List<(string, string)>();
        using var stream = analyzer.GetTokenStream(TextAnalyzer.PairsField, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var keyword = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IKeywordAttribute>();
        stream.Reset();
        string? folded = null;
        while (stream.IncrementToken())
        {
            if (keyword.IsKeyword) folded = term.ToString();
            else pairs.Add((folded ?? term.ToString(), term.ToString()));
        }
        stream.End();
        return pairs;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzer.Dispose();
        _matches?.Dispose();
    }

    // Checks the time limit every 256 documents, from the first.
    sealed class TimeLimited(ICollector inner, long deadline) : ICollector
    {
        int _count;
        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);
        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);
        public void Collect(int doc)
        {
            if ((_count++ & 255) == 0 && Stopwatch.GetTimestamp() > deadline) throw new TextTimeLimitException();
            inner.Collect(doc);
        }
    }

    // Every matching document, in order: a filter needs the set in its list's order, not a ranking.
    sealed class Matching : ICollector
    {
        int _base;
        public List<int> Docs { get; } = [];
        public bool AcceptsDocsOutOfOrder => false;
        public void SetScorer(Scorer scorer) { }
        public void Collect(int doc) => Docs.Add(_base + doc);
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
    }
}

/// <summary>
/// A resource's searchable text, as its declaration gives it (<c>Resource.Text</c>,
/// <c>Resource.TextTags</c>): each field's weight in the ranking, the names of its tags (exact values
/// a search can be narrowed by), and every record: key, texts (one per field), tags.
/// </summary>
public sealed record TextSource(string Resource, IReadOnlyList<float> Weights, string[] Tags, IReadOnlyList<TextRow> Rows)
{
    /// <summary>The field of the columns of this weight.</summary>
    public string Field(float weight) => $"{Resource}/{weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>How long, in <see cref="Stopwatch"/> ticks, a search may run, and a facet's pass over its matches; how many characters of matching keys are remembered (0: none).</summary>
public sealed record TextLimits(long QueryTicks, long FacetTicks, int MatchCharacters = 32 << 20);

/// <summary>A search of the text index ran past the service's query time limit.</summary>
public sealed class TextTimeLimitException : Exception
{
    public TextTimeLimitException() : base("The search took longer than the service's time limit.") { }
    public TextTimeLimitException(string message) : base(message) { }
    public TextTimeLimitException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The keys of a resource's records matching a query, in the resource's list order.</summary>
public sealed class TextMatches(string[] keys)
{
    readonly Lazy<string> _json = new(() => JsonSerializer.Serialize(keys));
    public IReadOnlyList<string> Keys => keys;
    /// <summary>The keys as a JSON array, for json_each.</summary>
    public string Json => _json.Value;
}

/// <summary>One record of a <see cref="TextSource"/>.</summary>
public sealed record TextRow(string Key, string?[] Texts, string?[] Tags);
