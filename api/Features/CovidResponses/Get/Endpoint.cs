namespace Mgi.Api.Features.CovidResponses.Get;

public sealed class Endpoint(Database database) : Endpoint<GetCovidResponseRequest, CovidResponse>
{
    public override void Configure()
    {
        Get(GetCovidResponseRequest.Route);
        AllowAnonymous();
    }

    public override async Task HandleAsync(GetCovidResponseRequest req, CancellationToken ct)
    {
        using var db = database.Open();
        if (Data.Find(db, req.Id) is { } response)
        {
            await Send.OkAsync(response, ct);
            return;
        }
        AddError(new ValidationFailure("id", $"No COVID-19 response has the id '{req.Id}'."));
        await Send.ErrorsAsync(404, ct);
    }
}
