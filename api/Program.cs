using System.Text.Encodings.Web;
using Mgi.Api.Contract;
using Mgi.Api.Data;
using Mgi.Api.DataSet;
using Mgi.Api.Features.Explorer;
using Mgi.Api.Features.Mcp;
using Mgi.Api.Http;
using Mgi.Api.ReadModel;
using Microsoft.Extensions.Options;

// "build" compiles data/ into the database and exits; "import" reads a profile document into a
// data file and exits (data/README.md); anything else runs the service.
if (args is ["build", .. var buildArgs])
    return BuildCommand.Run(buildArgs, new DatabaseOptions());
if (args is ["import", .. var importArgs])
    return Mgi.Api.Import.ImportCommand.Run(importArgs, Console.Out, Console.Error);

// Content root = the binaries' folder, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
try
{
    builder.AddServiceLogging();
}
catch (LogFormatException e)
{
    return await CannotStart(e.Message, 1);
}
builder.AddHttpBehaviour();
builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
builder.Services.AddSingleton<Database>();
builder.Services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"]);
// The features' resources (found by type), rendered with the API's JSON options.
Resources.AddResources(builder.Services, typeof(Program).Assembly);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
builder.Services.AddSingleton<Mgi.Api.Features.Meta.DataSetDescription>();
builder.Services.AddSingleton<Mgi.Api.Features.Downloads.DataPackage.PackageFile>();
builder.Services.AddHostedService(s => s.GetRequiredService<Mgi.Api.Features.Downloads.DataPackage.PackageFile>());
builder.Services.AddSingleton<Mgi.Api.Features.Search.List.Hits>();
builder.Services.AddSingleton<Mgi.Api.Features.Profiles.Summary.ProfileCounts>();
builder.Services.AddOptions<Mgi.Api.Features.Catalog.CatalogOptions>().BindConfiguration(Mgi.Api.Features.Catalog.CatalogOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<Mgi.Api.Features.Catalog.CatalogOptions>, Mgi.Api.Features.Catalog.CatalogOptionsValidation>();
builder.Services.AddExplorer();
builder.Services.AddMcp();
// Endpoints and validators are found in the service's own assembly only: scanning every assembly
// loaded in the process also read ones a host (the tests) loads for itself, and could fail on them.
builder.Services.AddFastEndpoints(o =>
{
    o.DisableAutoDiscovery = true;
    o.Assemblies = [typeof(Program).Assembly];
});
builder.Services.AddContract();

var app = builder.Build();
app.UseHttpBehaviour();
app.UseBrowserHome();
app.UseProblemStatusPages();
app.UseRouting();
app.UseNegotiation();
app.MapHealthChecks(ApiPaths.Live, new() { Predicate = _ => false });
app.MapHealthChecks(ApiPaths.Ready, new() { Predicate = check => check.Tags.Contains("ready") });
app.MapMcpServer();
app.UseContract();

// Build the database if it is missing or older than data/, check it, render the resources: a
// malformed source, or a corrupt or unusable database, stops start-up here, before anything is
// served, with one clear line on stderr and exit code 1.
try
{
    var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    var outcome = DatabaseBuild.EnsureCurrent(database);
    DatabaseBuild.Check(database.DatabasePath);
    app.Logger.LogInformation("Database {Path}: {Outcome}", database.DatabasePath, outcome);
    var rendering = System.Diagnostics.Stopwatch.StartNew();
    var items = app.Services.GetRequiredService<Resources>().Render(database.DatabasePath);
    app.Logger.LogInformation("Rendered {Items} items and indexed the text of {Records} in {Milliseconds} ms", items,
        app.Services.GetRequiredService<Mgi.Api.Text.TextIndex>().Count, rendering.ElapsedMilliseconds);
    // The known sets of the filters' codes, read once from what was rendered.
    app.Services.GetRequiredService<KnownCodes>().Load(typeof(Program).Assembly);
}
catch (Exception e) when (e is DataSetException or DatabaseUnusableException)
{
    app.Logger.LogCritical("Cannot start: {Message}", e.Message);
    var exitCode = await CannotStart(e.Message, 1);
    await app.DisposeAsync(); // flushes the log
    return exitCode;
}

// "openapi [FILE]" writes the contract the endpoints generate and exits (by default into the
// committed openapi.json at the root of the repository); the middleware it starts reads the database.
if (args is ["openapi", .. var openApiArgs])
    return await OpenApi.WriteAsync(app, openApiArgs is [var given, ..] ? given : OpenApi.CommittedPath());

try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    return await CannotStart($"{e.Message} Another process is listening there; choose another address with --urls.", 2);
}
catch (OptionsValidationException e) // a configuration value checked at start (ValidateOnStart)
{
    return await CannotStart(e.Message, 1);
}
return 0;

// Every refusal to start: one line on stderr, no stack trace, and the exit code that names the cause.
static async Task<int> CannotStart(string reason, int exitCode)
{
    await Console.Error.WriteLineAsync($"mgi-api: cannot start: {reason}");
    return exitCode;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
