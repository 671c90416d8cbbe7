using BotCare.Cases;

namespace BotCare.Web;

/// <summary>Reads a period's cases and their commitments from the stores and computes the report from them.</summary>
public sealed class InsightsSource(ICaseStore cases, ICommitmentStore commitments, TimeProvider clock)
{
    /// <summary>
    /// At most this many cases make one report or export; far above a support team's quarter, and a bound on what one
    /// request may load into memory.
    /// </summary>
    public const int MaxCases = 50_000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<Case>> CasesAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var found = await cases.ListAsync(new CaseQuery { CreatedFrom = period.Start, CreatedBefore = period.End, Limit = MaxCases }, cancellationToken);
        return found.OrderBy(c => c.CreatedAt).ToList();
    }

    public async Task<InsightsReport> ReportAsync(InsightsPeriod period, CancellationToken cancellationToken)
    {
        var periodCases = await CasesAsync(period, cancellationToken);

        // The ledger, not the case's copy, knows whether a promise was kept; it is asked case by case, by its index.
        var ledger = new List<Commitment>();
        foreach (var @case in periodCases)
        {
            ledger.AddRange(await commitments.ListAsync(new CommitmentQuery { CaseId = @case.Id, Limit = 1_000 }, cancellationToken));
        }

        return InsightsCalculator.Compute(period, periodCases, ledger, clock.GetUtcNow());
    }
}
