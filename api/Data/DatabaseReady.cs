using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mgi.Api.Data;

/// <summary>Readiness: the database opens and answers a query.</summary>
public sealed class DatabaseReady(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var db = database.Open();
            var jurisdictions = db.Query<long>("SELECT count(*) FROM jurisdictions").Single(); // asked every time: Count remembers
            return Task.FromResult(HealthCheckResult.Healthy($"database answers; data set {database.DatasetVersion}, {jurisdictions} jurisdictions"));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("database does not answer", e));
        }
    }
}
