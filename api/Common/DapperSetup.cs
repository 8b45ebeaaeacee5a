namespace Mgi.Api.Common;

/// <summary>Dapper settings the whole service relies on; applied once at start-up.</summary>
public static class DapperSetup
{
    /// <summary>snake_case columns map to PascalCase properties (profile_id → ProfileId).</summary>
    public static void Apply() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
}
