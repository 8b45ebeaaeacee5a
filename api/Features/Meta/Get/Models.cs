using Mgi.Api.Contract;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Meta.Get;

public sealed class GetMetaRequest
{
    public const string Route = "/v1/meta";
}

/// <summary>What the service is serving: the data set's version, when it was built, how much it holds, and how to cite it.</summary>
public sealed class Meta
{
    /// <summary>A digest of the curated sources the database was built from; also in every response's X-Dataset-Version header.</summary>
    public required string DatasetVersion { get; init; }
    /// <summary>When the database was built (UTC, ISO 8601).</summary>
    [NJsonSchema.Annotations.JsonSchema(NJsonSchema.JsonObjectType.String, Format = "date-time")]
    public required string BuiltAt { get; init; }
    /// <summary>Record counts per resource.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }
    /// <summary>Each profile's required citation and licence.</summary>
    public required IReadOnlyList<ProfileCitation> Profiles { get; init; }
}

/// <summary>How to cite one profile, and under which licence its content is published.</summary>
public sealed class ProfileCitation
{
    /// <summary>The profile id, e.g. MEX-2022.</summary>
    public required string Id { get; init; }
    /// <summary>The publication's title, as printed.</summary>
    public required string Title { get; init; }
    /// <summary>complete or referenced.</summary>
    [Vocabulary("DataStatus", ProfileChecks.Complete, ProfileChecks.Referenced)]
    public required string DataStatus { get; init; }
    /// <summary>The citation the publication requires; null where the data set does not hold it.</summary>
    public string? Citation { get; init; }
    /// <summary>The licence the profile's content is published under; null where the data set does not hold it.</summary>
    public Profiles.License? License { get; init; }
}
