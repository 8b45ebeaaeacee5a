using System.Collections.Frozen;

namespace Mgi.Api.Features.Explorer.Assets;

public sealed class AssetRequest
{
    /// <summary>The file's name: site.css or copy.js.</summary>
    public string File { get; set; } = "";
}

/// <summary>
/// The style sheet and the copy script, embedded in the assembly and served from memory, with the
/// validators and caching of every GET (ETag, Cache-Control, 304; compressed) and the response store.
/// </summary>
public sealed class Endpoint : Endpoint<AssetRequest>
{
    static readonly FrozenDictionary<string, (byte[] Bytes, string MediaType)> Served = new Dictionary<string, (byte[], string)>
    {
        ["site.css"] = (Read("site.css"), "text/css; charset=utf-8"),
        ["copy.js"] = (Read("copy.js"), "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary();

    public override void Configure()
    {
        Get(Shared.ExplorerAssets.Folder + "/{file}");
        AllowAnonymous();
        Description(b => b.ClearDefaultProduces().Produces<string>(200, "text/css", "text/javascript").ExcludeFromDescription());
    }

    public override async Task HandleAsync(AssetRequest req, CancellationToken ct)
    {
        if (!Served.TryGetValue(req.File, out var file))
        {
            AddError(new ValidationFailure("file", $"No explorer asset is named '{req.File}'."));
            await Send.ErrorsAsync(404, ct);
            return;
        }
        await Send.BytesAsync(file.Bytes, contentType: file.MediaType, cancellation: ct);
    }

    static byte[] Read(string name)
    {
        using var stream = typeof(Endpoint).Assembly.GetManifestResourceStream("Mgi.Api.Explorer.Assets." + name)
            ?? throw new InvalidOperationException($"The explorer's {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
