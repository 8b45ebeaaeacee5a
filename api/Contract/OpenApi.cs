using FastEndpoints.Swagger;
using NSwag;
using NSwag.Generation;

namespace Mgi.Api.Contract;

/// <summary>
/// The OpenAPI contract: generated from the endpoints by FastEndpoints.Swagger (NSwag), served at
/// /openapi/v1.json, committed as openapi.json, and shown to analysts by Swagger UI at /swagger.
/// </summary>
public static class OpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    /// <summary>Where the contract is served: <see cref="DocumentPath"/> of <see cref="DocumentName"/>.</summary>
    public const string ContractPath = "/openapi/" + DocumentName + ".json";
    public const string Title = "MGI Open Data API";

    /// <summary>One tag per resource, in the order Swagger UI shows them.</summary>
    static readonly (string Name, string Description)[] Tags =
    [
        ("Jurisdictions", "Countries and subnational units, and the conventions they ratified."),
        ("Profiles", "Published MGI assessments, with citation and licence."),
        ("Dimensions", "The six MGI dimensions and their MiGOF statements."),
        ("Indicators", "Indicator areas inside each dimension (codes and names are curatorial)."),
        ("Conventions", "International conventions of the ratification table."),
        ("Policies", "Assessed findings of the profiles, verbatim."),
        ("Instruments", "Laws, programmes and other instruments the findings name, one record each (curatorial)."),
        ("CovidResponses", "Answers of the profiles' COVID-19 module, verbatim."),
        ("Sources", "Entries of the profiles' key sources."),
        ("Footnotes", "Numbered notes of the profiles, with their URLs."),
        ("Search", "Full-text search across the profiles' findings, COVID-19 answers, sources and notes."),
        ("Downloads", "The whole data set: the SQLite database, and a Frictionless Data Package of CSVs."),
        ("Meta", "The data set being served: version, build time, counts, citations, and its DCAT catalogue."),
    ];

    public static IServiceCollection AddOpenApiContract(this IServiceCollection services) =>
        services.AddSingleton<ResponseExamples>().SwaggerDocument(o =>
        {
            o.ShortSchemaNames = true;
            o.AutoTagPathSegmentIndex = 0; // every endpoint names its tag
            o.EnableJWTBearerAuth = false;
            o.RemoveEmptyRequestSchema = true;
            o.DocumentSettings = s =>
            {
                s.DocumentName = DocumentName;
                s.OperationProcessors.Add(new ParameterContract());
                s.OperationProcessors.Add(new FacetContract());
                s.Title = Title;
                s.Version = "1.0.0";
                s.Description = "The Migration Governance Indicators (MGI) of the International Organization for Migration as open data: " +
                    "jurisdictions, profiles, dimensions, indicator areas, conventions and ratifications, policy findings, COVID-19 responses, " +
                    "key sources and footnotes, verbatim from the published profiles. Read-only; every list is paged; errors are RFC 9457 problem details. " +
                    "The content of each profile is © IOM under the licence the profile record gives (the Mexico 2022 profile: CC BY-NC-ND 3.0 IGO).";
                s.PostProcess = document =>
                {
                    document.Info.License = new OpenApiLicense
                    {
                        Name = "Data: CC BY-NC-ND 3.0 IGO (per profile)",
                        Url = "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode",
                    };
                    document.Info.Contact = new OpenApiContact { Name = "MGI Open Data API", Url = "https://www.migrationdataportal.org/mgi" };
                    document.Servers.Clear();
                    foreach (var (name, description) in Tags)
                        document.Tags.Add(new OpenApiTag { Name = name, Description = description });
                    WireContract.Apply(document);
                    DownloadContract.Apply(document);
                    ProblemContract.Apply(document);
                    RequiredFields.Apply(document);
                    NullableReferences.Apply(document);
                    Vocabularies.Apply(document);
                    Examples.Apply(document);
                    o.Services.GetRequiredService<ResponseExamples>().Apply(document);
                    DimensionNames.Apply(document, o.Services.GetRequiredService<Data.Database>());
                    // Paths in a fixed, readable order, so the committed file diffs cleanly.
                    var paths = document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    document.Paths.Clear();
                    foreach (var (path, item) in paths) document.Paths.Add(path, item);
                };
            };
        });

    /// <summary>openapi.json beside Mgi.Api.sln, found from the current directory upwards.</summary>
    public static string CommittedPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mgi.Api.sln"))) return Path.Combine(dir.FullName, "openapi.json");
        throw new InvalidOperationException("Mgi.Api.sln not found from " + Directory.GetCurrentDirectory() + " upwards; give the output file.");
    }

    /// <summary>Writes the contract to <paramref name="path"/> and answers the exit code: the "openapi" command.</summary>
    public static async Task<int> WriteAsync(WebApplication app, string path)
    {
        // Endpoints reach the generator only once the pipeline is built, i.e. when the host starts;
        // an ephemeral loopback port serves nothing meanwhile.
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        // The 200 examples: the service's answers to the examples' requests, asked as a client at the
        // service's configured address would (the catalogue's links carry the host asked).
        using (var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) })
        {
            client.DefaultRequestHeaders.Host = new Uri((app.Configuration["Urls"] ?? app.Urls.First()).Split(';')[0]).Authority;
            var generator = app.Services.GetRequiredService<IOpenApiDocumentGenerator>();
            var examples = await app.Services.GetRequiredService<ResponseExamples>().CaptureAsync(await generator.GenerateAsync(DocumentName), client);
            var root = Path.GetDirectoryName(CommittedPath())!;
            await File.WriteAllTextAsync(Path.Combine(root, ResponseExamples.SourcePath), examples);
        }
        await File.WriteAllTextAsync(path, await GenerateAsync(app.Services));
        Console.WriteLine($"wrote {Path.GetFullPath(path)}");
        await app.StopAsync();
        return 0;
    }

    /// <summary>The contract as the generator produces it: what is served and what is committed.</summary>
    public static async Task<string> GenerateAsync(IServiceProvider services)
    {
        var generator = services.GetRequiredService<IOpenApiDocumentGenerator>();
        var document = await generator.GenerateAsync(DocumentName);
        return document.ToJson().ReplaceLineEndings("\n") + "\n";
    }
}
