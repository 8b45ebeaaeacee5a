using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mgi.Api.Csv;
using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Downloads.DataPackage;

/// <summary>
/// The Frictionless Data Package of the data set: built once per data-set version, next to the
/// database (written under a temporary name, then moved into place), in the background as soon as
/// the service has started, so that neither a download nor the catalogue's byte size builds it on
/// a request (one that comes first waits for that build).
/// </summary>
public sealed class PackageFile(Database database, Resources resources, Meta.DataSetDescription dataSet, IOptions<DatabaseOptions> options,
    IHostApplicationLifetime lifetime, ILogger<PackageFile> log) : IHostedService, IDisposable
{
    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    readonly SemaphoreSlim _gate = new(1, 1);

    public void Dispose() => _gate.Dispose();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(BuildBothAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    async Task BuildBothAsync()
    {
        try
        {
            await PathAsync(hxl: false, lifetime.ApplicationStopping);
            await PathAsync(hxl: true, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Stopped, or the folder went away with the process's end: a request builds it if ever needed.
            log.LogDebug(e, "The data package was not prepared in the background");
        }
    }

    /// <summary>The size of the package (without the HXL row), as the catalogue describes its distribution.</summary>
    public async Task<long> BytesAsync(CancellationToken ct) => new FileInfo(await PathAsync(hxl: false, ct)).Length;

    /// <summary>The package's file, built on first request; with <paramref name="hxl"/>, its CSVs carry the HXL row.</summary>
    public async Task<string> PathAsync(bool hxl, CancellationToken ct)
    {
        var version = database.DatasetVersion;
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Value.DatabasePath))!, $"datapackage-{version}{(hxl ? "-hxl" : "")}.zip");
        if (File.Exists(path)) return path;
        await _gate.WaitAsync(ct);
        try
        {
            if (File.Exists(path)) return path;
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            try
            {
                await using (var file = File.Create(temporary))
                    await WriteAsync(file, hxl, ct);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
            return path;
        }
        finally
        {
            _gate.Release();
        }
    }

    async Task WriteAsync(Stream output, bool hxl, CancellationToken ct)
    {
        var meta = dataSet.Meta;
        var tables = resources.All;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var table in tables)
        {
            var entry = zip.CreateEntry(table.Name + ".csv", CompressionLevel.Optimal);
            await using var writer = new StreamWriter(await entry.OpenAsync(ct), new UTF8Encoding(false));
            await CsvOutput.WriteAsync(writer, table.ItemType, table.Rows, hxl, ct);
        }
        var descriptor = zip.CreateEntry("datapackage.json", CompressionLevel.Optimal);
        await using var json = await descriptor.OpenAsync(ct);
        await JsonSerializer.SerializeAsync(json, Descriptor(meta, tables, hxl), Json, ct);
    }

    static JsonObject Descriptor(Meta.Get.Meta meta, IReadOnlyList<IResource> tables, bool hxl)
    {
        var complete = meta.Profiles.Where(p => p.License is not null).ToList();
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "mgi-open-data",
            ["title"] = "Migration Governance Indicators (MGI) open data",
            ["description"] = "The MGI profiles of the International Organization for Migration as tables: jurisdictions, profiles, dimensions, " +
                "indicator areas, conventions and ratifications, policy findings, COVID-19 responses, key sources and footnotes, verbatim from the " +
                "publications. Lists inside a cell are joined with |; nested objects are object.field columns.",
            ["version"] = meta.DatasetVersion,
            ["created"] = meta.BuiltAt,
            ["licenses"] = new JsonArray(complete.Select(p => p.License!).DistinctBy(l => l.Url).Select(l => (JsonNode)new JsonObject
            {
                ["name"] = l.Code.Replace(' ', '-'),
                ["title"] = l.Name,
                ["path"] = l.Url,
            }).ToArray()),
            ["citation"] = string.Join("\n", complete.Select(p => p.Citation)),
            ["sources"] = new JsonArray(complete.Select(p => (JsonNode)new JsonObject { ["title"] = p.Citation }).ToArray()),
            ["resources"] = new JsonArray(tables.Select(t => (JsonNode)Tables.Descriptor(t, hxl)).ToArray()),
        };
    }
}
