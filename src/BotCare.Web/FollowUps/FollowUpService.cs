using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Runs <see cref="FollowUpScheduler"/> every <see cref="FollowUpOptions.CheckEverySeconds"/>. Nothing is kept in
/// memory between passes: what is due lives in the commitment ledger, so a restart loses nothing. A failed pass
/// (storage down) is logged and tried again on the next tick.
/// </summary>
public sealed class FollowUpService(FollowUpScheduler scheduler, IOptions<FollowUpOptions> options, TimeProvider time, ILogger<FollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckEverySeconds)), time);
        do
        {
            try
            {
                var pass = await scheduler.RunDueAsync(stoppingToken);
                if (pass.Sent.Count + pass.Deferred.Count + pass.Dropped.Count > 0)
                {
                    logger.LogInformation("Follow-ups: {Sent} sent, {Deferred} deferred, {Dropped} not sent.", pass.Sent.Count, pass.Deferred.Count, pass.Dropped.Count);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not look for due follow-ups; trying again on the next tick.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
