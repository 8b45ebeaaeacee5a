using System.Text.Json;

namespace Mgi.Api.Features.Jurisdictions;

/// <summary>A country or a subnational unit that has, or will have, an MGI profile.</summary>
public sealed class Jurisdiction
{
    /// <summary>ISO 3166-1 alpha-3 for countries (MEX), ISO 3166-2 for subnational units (MX-CHH).</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>national or subnational.</summary>
    public required string Level { get; init; }
    /// <summary>The code of the country a subnational unit belongs to; null for a country.</summary>
    public string? ParentCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code, where known.</summary>
    public string? Iso2 { get; init; }
    /// <summary>UN M49 numeric code, where known.</summary>
    public int? M49 { get; init; }
    /// <summary>The profiles of this jurisdiction, oldest first.</summary>
    public required IReadOnlyList<ProfileReference> Profiles { get; init; }
}

/// <summary>A profile as listed under its jurisdiction.</summary>
public sealed class ProfileReference
{
    public required string Id { get; init; }
    public required int Year { get; init; }
    /// <summary>complete or referenced.</summary>
    public required string DataStatus { get; init; }

    /// <summary>How a list of profiles reads in one CSV cell: by id.</summary>
    public override string ToString() => Id;
}

/// <summary>The columns a jurisdiction is read from, shared by the list and the item.</summary>
internal sealed class JurisdictionRow
{
    public const string Select = """
        SELECT j.code, j.name, j.level, j.parent_code, j.iso2, j.m49,
               (SELECT json_group_array(json_object('id', p.id, 'year', p.year, 'dataStatus', p.data_status))
                  FROM (SELECT id, year, data_status FROM profiles WHERE jurisdiction_code = j.code ORDER BY year, id) p) AS profiles_json
          FROM jurisdictions j
        """;

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Level { get; set; } = "";
    public string? ParentCode { get; set; }
    public string? Iso2 { get; set; }
    public int? M49 { get; set; }
    public string ProfilesJson { get; set; } = "[]";

    public Jurisdiction ToJurisdiction() => new()
    {
        Code = Code, Name = Name, Level = Level, ParentCode = ParentCode, Iso2 = Iso2, M49 = M49,
        Profiles = JsonSerializer.Deserialize<List<ProfileReference>>(ProfilesJson, DataSet.StoredJson.Options) ?? [],
    };
}
