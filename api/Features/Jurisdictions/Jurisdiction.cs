using Mgi.Api.Contract;
using Mgi.Api.Csv;
using Mgi.Api.DataSet;

namespace Mgi.Api.Features.Jurisdictions;

/// <summary>A country or a subnational unit that has, or will have, an MGI profile.</summary>
public sealed class Jurisdiction
{
    /// <summary>ISO 3166-1 alpha-3 for countries (MEX), ISO 3166-2 for subnational units (MX-CHH).</summary>
    // HXL: #loc, not #country or #adm1: the list holds both levels in this one column, the key every
    // record and the jurisdiction filter use; level says which (docs/hxl.md).
    [Hxl("#loc+code")]
    public required string Code { get; init; }
    /// <summary>The jurisdiction's name in English as the profiles print it, e.g. Michoacán.</summary>
    [Hxl("#loc+name")]
    public required string Name { get; init; }
    /// <summary>national or subnational.</summary>
    [Hxl("#loc+type"), Vocabulary("JurisdictionLevel", Catalogue.National, Catalogue.Subnational)]
    public required string Level { get; init; }
    /// <summary>The code of the country a subnational unit belongs to; null for a country.</summary>
    [Hxl("#country+code+parent")]
    public string? ParentCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code, where known.</summary>
    [Hxl("#country+code+v_iso2")]
    public string? Iso2 { get; init; }
    /// <summary>UN M49 numeric code, where known.</summary>
    [Hxl("#country+code+num+v_m49")]
    public int? M49 { get; init; }
    /// <summary>The profiles of this jurisdiction, oldest first.</summary>
    [Hxl("#meta+profile+id+list")]
    public required IReadOnlyList<ProfileReference> Profiles { get; init; }
}

/// <summary>A profile as listed under its jurisdiction.</summary>
public sealed class ProfileReference
{
    /// <summary>The profile id, e.g. MEX-2022.</summary>
    public required string Id { get; init; }
    /// <summary>The year of the assessment.</summary>
    public required int Year { get; init; }
    /// <summary>complete or referenced.</summary>
    [Vocabulary("DataStatus", ProfileChecks.Complete, ProfileChecks.Referenced)]
    public required string DataStatus { get; init; }

    /// <summary>How a list of profiles reads in one CSV cell: by id.</summary>
    public override string ToString() => Id;
}
