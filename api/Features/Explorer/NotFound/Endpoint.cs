namespace Mgi.Api.Features.Explorer.NotFound;

public sealed class UnknownPageRequest
{
    /// <summary>What follows /explore/ in a URL that names no page.</summary>
    public string Path { get; set; } = "";
}

/// <summary>Any other URL under /explore: a 404 as a page, naming the path, rather than the API's JSON problem.</summary>
public sealed class Endpoint : PageEndpoint<UnknownPageRequest>
{
    public override void Configure() => Page(Http.ApiPaths.Explore + "/{**path}");

    protected override Task RenderAsync(UnknownPageRequest req, CancellationToken ct) =>
        NotFoundAsync("path", $"No explorer page is at '{Http.ApiPaths.Explore}/{req.Path}'. The pages: /explore, /explore/profiles/{{id}}, /explore/policies, " +
            "/explore/policies/{id}, /explore/instruments, /explore/instruments/{id}, /explore/covid-responses, /explore/search?q=….", ct);
}
