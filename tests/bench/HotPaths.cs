using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mgi.Api.Common;
using Mgi.Api.Common.Http;
using Mgi.Api.DataSet;
using Mgi.Api.Features.Policies;
using Microsoft.Extensions.Options;
using Policies = Mgi.Api.Features.Policies.List;
using Search = Mgi.Api.Features.Search.List;

namespace Mgi.Api.Benchmarks;

/// <summary>
/// The hot in-process paths of the service, on the real data set: the SQL of the heaviest list
/// (policies, filtered: the keys of a page), full-text search with snippets, and the serialization
/// of a full page, item by item (as at start-up) and from the rendered items (as per request). Regressions show here without a load test.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    string _folder = "";
    Database _database = null!;
    PagedList<Policy> _page = null!;
    RenderedItems<Policy> _rendered = null!;
    string[] _keys = [];
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GlobalSetup]
    public void Setup()
    {
        DapperSetup.Apply();
        _folder = Directory.CreateTempSubdirectory("mgi-bench-").FullName;
        var data = FindData();
        var options = new DatabaseOptions { DataDirectory = data, DatabasePath = Path.Combine(_folder, "mgi.sqlite") };
        DatabaseBuild.Run(options);
        _database = new Database(Options.Create(options), Options.Create(new HttpOptions()));
        using var db = _database.Open();
        var all = Policies.Data.All(db).ToList();
        _page = new PagedList<Policy> { Items = all, Page = 1, PageSize = 500, Total = all.Count, TotalPages = 1 };
        _rendered = new RenderedItems<Policy>(all, p => p.Id, Web);
        _keys = all.Select(p => p.Id).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose(); // closes the connections it lends
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "SQL: /v1/policies?dimension=6&assessment=well-developed (count + keys of a page of 50)")]
    public int PoliciesFiltered()
    {
        using var db = _database.Open();
        var request = new Policies.ListPoliciesRequest { Dimension = 6, Assessment = "well-developed" };
        return Policies.Data.Count(db, request) + Policies.Data.Keys(db, request).Count;
    }

    [Benchmark(Description = "SQL: /v1/policies?q=migration&pageSize=500 (full text, keys)")]
    public int PoliciesSearched()
    {
        using var db = _database.Open();
        return Policies.Data.Keys(db, new Policies.ListPoliciesRequest { Q = "migration", PageSize = 500 }).Count;
    }

    [Benchmark(Description = "search: /v1/search?q=migrants health (rank, page of 20, snippets)")]
    public int SearchRanked()
    {
        using var db = _database.Open();
        var request = new Search.SearchRequest { Q = "migrants health", PageSize = 20 };
        return Search.Data.Count(db, request) + Search.Data.Page(db, request).Count;
    }

    [Benchmark(Description = "JSON: serialize 68 policies item by item (one full page)")]
    public int SerializePage() => JsonSerializer.SerializeToUtf8Bytes(_page, Web).Length;

    [Benchmark(Description = "JSON: write 68 rendered policies (one full page)")]
    public int WriteRenderedPage()
    {
        var items = _rendered.Get(_keys).Select(i => new RawJson(i.Json)).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new PagedList<RawJson> { Items = items, Page = 1, PageSize = 500, Total = items.Count, TotalPages = 1 }, Web).Length;
    }

    static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return Path.Combine(dir.FullName, "data");
        throw new InvalidOperationException("Mgi.Api.sln not found");
    }
}
