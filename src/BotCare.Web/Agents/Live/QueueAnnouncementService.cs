using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Runs <see cref="QueueAnnouncements"/> every <see cref="HandoffOptions.PositionUpdateSeconds"/> while BotCare's own
/// queue takes handoffs. A failed pass (storage down) is logged and tried again on the next tick.
/// </summary>
public sealed class QueueAnnouncementService(QueueAnnouncements announcements, IOptions<HandoffOptions> options, TimeProvider time, ILogger<QueueAnnouncementService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != HandoffMode.Internal)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PositionUpdateSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await announcements.AnnounceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not tell waiting customers their place in line; trying again on the next tick.");
            }
        }
    }
}
