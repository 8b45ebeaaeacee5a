using Microsoft.Extensions.Options;

namespace Mgi.Api.Features.Catalog;

/// <summary>Configuration section "Mgi:Catalog": what the DCAT catalogue says about whoever runs the service.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Mgi:Catalog";

    /// <summary>
    /// The catalogue's publisher (dct:publisher, mandatory in DCAT-AP): the organisation that runs
    /// this service and makes the catalogue available. Unset, the catalogue names the publisher of
    /// the data it lists (see <see cref="Get.DcatCatalog"/>).
    /// </summary>
    public CatalogPublisherOptions Publisher { get; set; } = new();
}

public sealed class CatalogPublisherOptions
{
    /// <summary>The organisation's name, e.g. "International Organization for Migration (IOM)".</summary>
    public string? Name { get; set; }

    /// <summary>Its home page (absolute http or https URL), written as the agent's foaf:homepage; needs <see cref="Name"/>.</summary>
    public string? Url { get; set; }
}

/// <summary>A URL that is not an absolute http(s) URL, or a URL without a name, stops start-up with one line naming the key.</summary>
public sealed class CatalogOptionsValidation : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var publisher = options.Publisher;
        if (publisher.Url is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return ValidateOptionsResult.Fail($"{CatalogOptions.Section}:Publisher:Url must be an absolute http or https URL; '{url}' is not.");
            if (string.IsNullOrWhiteSpace(publisher.Name))
                return ValidateOptionsResult.Fail($"{CatalogOptions.Section}:Publisher:Url is set but {CatalogOptions.Section}:Publisher:Name is not: a publisher needs a name.");
        }
        return ValidateOptionsResult.Success;
    }
}
