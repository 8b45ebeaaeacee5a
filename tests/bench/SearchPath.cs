using System.Reflection;
using BenchmarkDotNet.Attributes;
using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.Features.CovidResponses;
using Mgi.Api.Features.Footnotes;
using Mgi.Api.Features.Policies;
using Mgi.Api.Features.Sources;
using Mgi.Api.Http;
using Mgi.Api.ReadModel;
using Mgi.Api.Text;
using Microsoft.Extensions.Options;
using Policies = Mgi.Api.Features.Policies.List;
using Search = Mgi.Api.Features.Search.List;

namespace Mgi.Api.Benchmarks;

/// <summary>
/// The search path in-process, on the real data set and on the generated 200-profile one (the load
/// benchmark's tests/load/Synthetic): /v1/search?q=migration&amp;pageSize=20 whole (rank, exact total,
/// 20 snippets, 20 hits rendered), its ranking alone, its snippets alone, and a list's q filter
/// (the keys the index matches, read by the list's statement).
/// </summary>
[MemoryDiagnoser]
public class SearchPath
{
    string _folder = "";
    Database _database = null!;
    readonly TextIndex _text = new();
    Search.Hits _hits = null!;
    ItemJson _json = null!;
    readonly PoliciesResource _policies = new();
    readonly TextQuery _migration = TextQuery.Parse("migration")!;
    readonly Search.SearchRequest _request = new() { Q = "migration", PageSize = 20 };
    TextIndex.Found _found = null!;

    [Params("real", "200 profiles")]
    public string DataSet { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("mgi-bench-").FullName;
        var data = HotPaths.FindData();
        if (DataSet != "real")
        {
            // The load benchmark's generator, run in-process: Synthetic <data> <output> <profiles>.
            var generated = Path.Combine(_folder, "data");
            Assembly.Load("Synthetic").EntryPoint!.Invoke(null, [new[] { data, generated, "200" }]);
            data = generated;
        }
        var options = new DatabaseOptions { DataDirectory = data, DatabasePath = Path.Combine(_folder, "mgi.sqlite") };
        DatabaseBuild.Run(options);
        _database = new Database(Options.Create(options), Options.Create(new QueryLimits()), Options.Create(new CacheLimits()), _text);
        var json = new Microsoft.AspNetCore.Http.Json.JsonOptions();
        json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        _json = new ItemJson(Options.Create(json));
        // Every resource, as the service declares them (their foreign keys refer to one another).
        var all = typeof(PoliciesResource).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IResource).IsAssignableFrom(t))
            .Select(t => t == typeof(PoliciesResource) ? _policies : (IResource)Activator.CreateInstance(t)!)
            .ToList();
        new Resources(all, _database, _json, _text, Options.Create(new CacheLimits())).Render(options.DatabasePath);
        _hits = new Search.Hits(_text, _json, _policies, all.OfType<CovidResponsesResource>().Single(), all.OfType<SourcesResource>().Single(), all.OfType<FootnotesResource>().Single());
        _found = _hits.Find(_migration, _request, 20);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        _text.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "search q=migration: rank, exact total, 20 snippets, 20 hits rendered")]
    public int SearchPage()
    {
        var found = _hits.Find(_migration, _request, 20);
        var terms = _text.SnippetTerms(_migration);
        var bytes = 0;
        foreach (var hit in found.Hits) bytes += _json.Render(_hits.Hit(hit, terms)).Json.Length;
        return found.Total + bytes;
    }

    [Benchmark(Description = "search q=migration: rank, top 20 and exact total")]
    public int Rank() => _hits.Find(_migration, _request, 20).Total;

    [Benchmark(Description = "search q=migration: 20 snippets (texts in memory)")]
    public int Snippets()
    {
        var terms = _text.SnippetTerms(_migration);
        var length = 0;
        foreach (var hit in _found.Hits) length += _text.Snippet(hit.Doc, terms).Html.Length;
        return length;
    }

    [Benchmark(Description = "list q filter: /v1/policies?q=migration, count + keys of a page of 50")]
    public int PoliciesSearched()
    {
        using var db = _database.Open();
        var filter = _policies.Filter(new Policies.ListPoliciesRequest { Q = "migration" });
        return _policies.Total(db, filter) + _policies.Page(db, filter, 0, 50).Count;
    }
}
