using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.Features.Policies;
using Mgi.Api.Http;
using Mgi.Api.Lists;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Options;
using Policies = Mgi.Api.Features.Policies.List;

namespace Mgi.Api.Benchmarks;

/// <summary>
/// The hot in-process paths of the service, on the real data set: the SQL of the heaviest list
/// (policies, filtered: the keys of a page) and the serialization
/// of a full page, item by item (as at start-up) and from the rendered items (as per request).
/// Search has its own class (<see cref="SearchPath"/>). Regressions show here without a load test.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    string _folder = "";
    Database _database = null!;
    PagedList<Policy> _page = null!;
    readonly PoliciesResource _policies = new();
    string[] _keys = [];
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("mgi-bench-").FullName;
        var data = FindData();
        var options = new DatabaseOptions { DataDirectory = data, DatabasePath = Path.Combine(_folder, "mgi.sqlite") };
        DatabaseBuild.Run(options);
        _database = new Database(Options.Create(options), Options.Create(new QueryLimits()), Options.Create(new CacheLimits()));
        using var db = _database.Open();
        var json = new Microsoft.AspNetCore.Http.Json.JsonOptions();
        json.SerializerOptions.Encoder = Web.Encoder;
        JsonColumns.Register(typeof(Policy));
        _policies.Render(db, new ItemJson(Options.Create(json)));
        var all = _policies.Items.All.Select(p => p.Item).ToList();
        _page = new PagedList<Policy> { Items = all, Page = 1, PageSize = 500, Total = all.Count, TotalPages = 1 };
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
        var filter = _policies.Filter(request);
        return _policies.Total(db, filter) + _policies.Page(db, filter, 0, 50).Count;
    }

    [Benchmark(Description = "JSON: serialize 68 policies item by item (one full page)")]
    public int SerializePage() => JsonSerializer.SerializeToUtf8Bytes(_page, Web).Length;

    [Benchmark(Description = "JSON: write 68 rendered policies (one full page)")]
    public int WriteRenderedPage()
    {
        var items = _policies.Items.Get(_keys).Select(i => new RawJson(i.Json)).ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new PagedList<RawJson> { Items = items, Page = 1, PageSize = 500, Total = items.Count, TotalPages = 1 }, Web).Length;
    }

    internal static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return Path.Combine(dir.FullName, "data");
        throw new InvalidOperationException("Mgi.Api.sln not found");
    }
}
