using Mgi.Api.Csv;
namespace Mgi.Api.Features.Conventions;

/// <summary>An international instrument of the profiles' ratification table.</summary>
public sealed class Convention
{
    /// <summary>A stable slug, e.g. ilo-c097 or crc-1989.</summary>
    [Hxl("#meta+convention+code")]
    public required string Code { get; init; }
    /// <summary>The name as the ratification table gives it, verbatim.</summary>
    [Hxl("#meta+convention+name")]
    public required string Name { get; init; }
    /// <summary>The year of adoption (for the statelessness row, which covers 1954 and 1961: the first).</summary>
    [Hxl("#date+year+adopted")]
    public int? AdoptedYear { get; init; }
    /// <summary>ILO or UN.</summary>
    [Hxl("#org+code")]
    public required string Body { get; init; }
}
