using BotCare.Cases;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// One look at the ledger for promises and callbacks about to be broken: open, due within
/// <see cref="CommitmentOptions.AtRiskBefore"/> or already overdue, and not flagged yet. Each is marked with
/// <see cref="Commitment.AtRiskNotifiedAt"/> through the ledger's optimistic save before anyone is told, so with several
/// instances looking at once only the one whose save wins tells the agents: each commitment is flagged once. Follow-ups
/// are the scheduler's and are not flagged: the bot sends them itself when they fall due.
/// </summary>
public sealed class CommitmentAtRiskScanner(ICommitmentStore ledger, ICommitmentAlerts alerts, CommitmentItems items, TimeProvider time, IOptions<CommitmentOptions> options, ILogger<CommitmentAtRiskScanner> logger)
{
    private static readonly CommitmentKind[] Flagged = [CommitmentKind.Promise, CommitmentKind.Callback];

    /// <summary>Flags what is at risk now and returns what this pass flagged.</summary>
    public async Task<IReadOnlyList<Commitment>> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var flagged = new List<Commitment>();
        foreach (var kind in Flagged)
        {
            var query = new CommitmentQuery { Status = CommitmentStatus.Open, Kind = kind, DueBefore = now + settings.AtRiskBefore, Limit = Math.Max(1, settings.ScanLimit) };
            foreach (var commitment in await ledger.ListAsync(query, cancellationToken))
            {
                if (commitment.AtRiskNotifiedAt is not null)
                {
                    continue;
                }

                commitment.AtRiskNotifiedAt = now;
                if (!await ledger.TrySaveAsync(commitment, cancellationToken))
                {
                    // Another instance flagged it first, or someone completed it meanwhile: either way, not ours to tell.
                    continue;
                }

                flagged.Add(commitment);
                await TellAsync(commitment, cancellationToken);
            }
        }

        return flagged;
    }

    private async Task TellAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        try
        {
            await alerts.AtRiskAsync(await items.FromAsync(commitment, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The flag stands: the ledger view still shows it at risk, so a lost notice costs only the toast.
            logger.LogWarning(exception, "Could not tell the agents that commitment {CommitmentId} is at risk.", commitment.Id);
        }
    }
}
