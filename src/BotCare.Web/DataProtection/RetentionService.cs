using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Runs the retention sweep every <see cref="DataProtectionOptions.RetentionCheckEvery"/> on the injected clock (so
/// tests drive it with a fake one). The first sweep waits one period, so starting an instance stays quick.
/// </summary>
public sealed class RetentionService(RetentionSweep sweep, IOptionsMonitor<DataProtectionOptions> options, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.CurrentValue.RetentionCheckEvery, clock, stoppingToken);
                if (options.CurrentValue.RetainClosedConversationsDays > 0)
                {
                    await sweep.RunAsync("schedule", stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage down or a bad record: the next period tries again; nothing is half-deleted in a way that matters.
                logger.LogError(ex, "The retention sweep failed; it runs again in {Every}.", options.CurrentValue.RetentionCheckEvery);
            }
        }
    }
}
