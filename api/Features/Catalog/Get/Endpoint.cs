using Mgi.Api.DataSet;
using Mgi.Api.Features.Downloads.DataPackage;
using Mgi.Api.Features.Jurisdictions;
using Mgi.Api.Features.Meta;
using Mgi.Api.Features.Profiles;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Catalog.Get;

public sealed class Endpoint(DataSetDescription dataSet, Resources resources, ProfilesResource profiles, JurisdictionsResource jurisdictions,
    PackageFile package, IOptions<CatalogOptions> catalogOptions) : EndpointWithoutRequest
{
    public const string Route = Http.ApiPaths.V1 + "/catalog";
    public const string MediaType = "application/ld+json";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(b => b.WithName("GetCatalog").WithTags("Meta")
            .ClearDefaultProduces(400)
            .Produces<object>(200, MediaType, "application/json") // a JSON-LD document: its shape is DCAT's
            .ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Describe the data set as a DCAT catalogue";
            s.Description = "A DCAT-AP 3 catalogue as JSON-LD, for open-data portals (CKAN's DCAT harvester, data.europa.eu), valid against SEMIC's DCAT-AP 3.0.1 SHACL shapes: " +
                "the catalogue (publisher, language, licence, spatial coverage, build time), one dcat:Dataset per profile with complete data " +
                "(title, description, publisher, issued year, licence, citation, language, spatial and temporal coverage, theme, keywords, landing page), its distributions " +
                "(the SQLite file, the data package, each list's CSV, with description, download URL, IANA media type, EU file type and byte size where known), and a dcat:DataService " +
                "for this API whose endpoint description is its OpenAPI document. The catalogue's publisher is the service's operator (configuration), by default the data's publisher. " +
                "URLs are absolute, on the host the request was made to.";
            s.Responses[200] = "The catalogue (application/ld+json).";
            s.Responses[400] = "A query parameter (this operation takes none).";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var request = HttpContext.Request;
        var meta = dataSet.Meta;
        var catalog = new DcatCatalog(
            $"{request.Scheme}://{request.Host}{request.PathBase}",
            meta.BuiltAt,
            meta.DatasetVersion,
            profiles.Items.All.Select(p => p.Item).Where(p => p.DataStatus == ProfileChecks.Complete).ToList(),
            code => jurisdictions.Items.Find(code)?.Item,
            resources.All.Where(r => r.ListPath is not null).Select(r => (r.Name, r.ListPath!)).ToList(),
            sqliteBytes: dataSet.SqliteBytes,
            packageBytes: await package.BytesAsync(ct),
            catalogOptions.Value.Publisher);
        await Send.StringAsync(catalog.ToJsonLd().ToJsonString(), 200, MediaType, ct);
    }
}
