using System.Text.Encodings.Web;
using FastEndpoints.Swagger;
using Mgi.Api.Common;
using Mgi.Api.Common.Http;
using Mgi.Api.DataSet;
using Microsoft.Extensions.Options;

// "build" compiles data/ into the database and exits; anything else runs the service.
if (args is ["build", .. var buildArgs])
    return BuildCommand.Run(buildArgs, new DatabaseOptions());

DapperSetup.Apply();
// Content root = the binaries' folder, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
try
{
    builder.AddServiceLogging();
}
catch (LogFormatException e)
{
    return await CannotStart(e.Message, 1);
}
builder.AddHttpBehaviour();
builder.Services.AddSingleton<Database>();
builder.Services.AddSingleton<CountCache>();
builder.Services.AddSingleton<RenderedData>();
builder.Services.AddSingleton<Mgi.Api.Features.Downloads.DataPackage.PackageFile>();
builder.Services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"]);
// FastEndpoints serializes with these options, and the rendered list items are made with them.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
builder.Services.AddFastEndpoints();
builder.Services.AddOpenApiContract();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
    c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);

var app = builder.Build();

app.UseHttpBehaviour();
app.UseStatusCodePages();
app.UseRouting();
app.UseNegotiation();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.UseFastEndpoints(c =>
{
    c.Endpoints.Configurator = ep => ep.PreProcessors(Order.Before, new QueryParameterCheck());
    ProblemDetailsSetup.Configure(c.Errors);
    c.Binding.FailureMessage = (type, name, value) =>
        $"{char.ToLowerInvariant(name[0])}{name[1..]} must be {(type == typeof(int) || type == typeof(int?) ? "an integer" : "a " + type.Name)}; '{value}' is not.";
});
app.UseOpenApi(c => c.Path = OpenApi.DocumentPath);
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "swagger";
    o.SwaggerEndpoint("/openapi/v1.json", "MGI Open Data API v1");
    o.DocumentTitle = "MGI Open Data API";
});

// "openapi [FILE]" writes the contract the endpoints generate and exits; by default it replaces
// the committed openapi.json at the root of the repository.
if (args is ["openapi", .. var openApiArgs])
{
    var contractPath = openApiArgs is [var given, ..] ? given : OpenApi.CommittedPath();
    // Endpoints reach the generator only once the pipeline is built, i.e. when the host starts;
    // an ephemeral loopback port serves nothing meanwhile.
    app.Urls.Clear();
    app.Urls.Add("http://127.0.0.1:0");
    await app.StartAsync();
    await File.WriteAllTextAsync(contractPath, await OpenApi.GenerateAsync(app.Services));
    Console.WriteLine($"wrote {Path.GetFullPath(contractPath)}");
    await app.StopAsync();
    return 0;
}

// Build the database before serving if it is missing or older than data/, and check it: a
// malformed source, or a corrupt or unreadable database, stops start-up here, before anything is
// served, with one clear line on stderr and exit code 1.
var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
try
{
    var outcome = DatabaseBuild.EnsureCurrent(options);
    DatabaseBuild.Check(options.DatabasePath);
    app.Logger.LogInformation("Database {Path}: {Outcome}", options.DatabasePath, outcome);
    var rendering = System.Diagnostics.Stopwatch.StartNew();
    try
    {
        var items = app.Services.GetRequiredService<RenderedData>().Render(app.Services.GetRequiredService<Database>(),
            app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        app.Logger.LogInformation("Rendered {Items} list items in {Milliseconds} ms", items, rendering.ElapsedMilliseconds);
    }
    catch (Microsoft.Data.Sqlite.SqliteException e)
    {
        // Sound pages but not the tables this service reads (a column gone): unusable, said plainly.
        throw new DatabaseUnusableException(options.DatabasePath, e.Message);
    }
}
catch (Exception e) when (e is DataSetException or DatabaseUnusableException)
{
    app.Logger.LogCritical("Cannot start: {Message}", e.Message);
    var exitCode = await CannotStart(e.Message, 1);
    await app.DisposeAsync(); // flushes the log
    return exitCode;
}

try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    return await CannotStart($"{e.Message} Another process is listening there; choose another address with --urls.", 2);
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
