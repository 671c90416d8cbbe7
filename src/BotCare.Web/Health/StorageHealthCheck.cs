using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotCare.Web;

/// <summary>Ready means bot state and cases can both be read; the failure's text stays in the log, not the response.</summary>
public sealed class StorageHealthCheck(IStorage storage, ICaseStore cases, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["botcare/readiness-probe"], cancellationToken);
            await cases.GetAsync("readiness-probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Storage is not reachable.");
            return HealthCheckResult.Unhealthy("Storage is not reachable.");
        }
    }
}
