using Mgi.Api.Data;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Downloads.DataPackage;

public sealed class Endpoint(Database database, PackageFile package, IOptions<Http.HttpOptions> http) : DownloadEndpoint<DownloadDataPackageRequest>(database, http)
{
    public const string Route = Http.ApiPaths.Downloads + "/datapackage.zip";
    const string MediaType = "application/zip";

    public override void Configure()
    {
        Download(Route, "DownloadDataPackage", MediaType,
            "Download the whole data set as a Frictionless Data Package",
            "A zip of datapackage.json and one CSV per resource (the same CSV as the lists, all rows). The descriptor gives each field's type and HXL hashtag, the primary and foreign keys, the licence and the citation of each profile. With hxl=true every CSV carries the HXL row under its header.",
            "The data package");
    }

    public override async Task HandleAsync(DownloadDataPackageRequest req, CancellationToken ct)
    {
        var hxl = req.Hxl == true;
        await SendFileAsync(await package.PathAsync(hxl, ct), MediaType, hxl ? "datapackage-hxl" : "datapackage", hxl ? "-datapackage-hxl.zip" : "-datapackage.zip");
    }
}
