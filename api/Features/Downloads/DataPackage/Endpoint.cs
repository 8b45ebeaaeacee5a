namespace Mgi.Api.Features.Downloads.DataPackage;

public sealed class Endpoint(Database database, PackageFile package, Microsoft.Extensions.Options.IOptions<Http.HttpOptions> http) : EndpointWithoutRequest
{
    public const string Route = Http.ApiPaths.Downloads + "/datapackage.zip";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(b => b.WithName("DownloadDataPackage").WithTags("Downloads")
            .Produces<Stream>(200, "application/zip")
            .ClearDefaultProduces(400).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Download the whole data set as a Frictionless Data Package";
            s.Description = "A zip of datapackage.json and one CSV per resource (the same CSV as the lists, all rows). The descriptor gives each field's type, the primary and foreign keys, the licence and the citation of each profile. Supports Range requests; the ETag is the data-set version.";
            s.Responses[200] = "The data package (application/zip).";
            s.Responses[400] = "A query parameter (this operation takes none).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await Send.ResultAsync(DataSetFile.Result(HttpContext, database, http.Value.MaxAgeSeconds,
            await package.PathAsync(ct), "application/zip", "datapackage", "-datapackage.zip"));
    }
}
