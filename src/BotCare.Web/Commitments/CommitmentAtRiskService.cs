using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Runs <see cref="CommitmentAtRiskScanner"/> at start and then every <see cref="CommitmentOptions.CheckEverySeconds"/>
/// on the host's clock. A failed pass (storage down) is logged and tried again on the next tick.
/// </summary>
public sealed class CommitmentAtRiskService(CommitmentAtRiskScanner scanner, IOptions<CommitmentOptions> options, TimeProvider time, ILogger<CommitmentAtRiskService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckEverySeconds)), time);
        do
        {
            try
            {
                await scanner.ScanAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not look for commitments at risk; trying again on the next tick.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
