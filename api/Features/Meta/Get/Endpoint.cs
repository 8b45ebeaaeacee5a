namespace Mgi.Api.Features.Meta.Get;

public sealed class Endpoint(DataSetDescription dataSet) : EndpointWithoutRequest<Meta>
{
    public override void Configure()
    {
        Get(GetMetaRequest.Route);
        AllowAnonymous();
        Description(b => b.WithName("GetMeta").WithTags("Meta").ClearDefaultProduces(400).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Describe the data set";
            s.Description = "The version of the data set being served, when it was built, record counts per resource, and each profile's citation and licence.";
            s.Responses[200] = "The description of the data set.";
            s.Responses[400] = "A query parameter (this operation takes none).";
        });
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(dataSet.Meta, ct);
}
