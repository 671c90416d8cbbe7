using BotCare.Builder;
using BotCare.Cases;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Anonymizes conversations with no activity for <see cref="DataProtectionOptions.RetainClosedConversationsDays"/>:
/// their state, Direct Line log, transcript, queue entry, notes and ledger promises go, and their case is kept for
/// statistics with the personal data stripped (<see cref="CaseAnonymizer"/>). Conversations that never got a case are
/// dropped whole once their transcript has been quiet that long. Safe with several instances at once: every step is a
/// delete or the same rewrite, and a case is re-read just before it is stripped, so one a customer has just written
/// to again is left alone.
/// </summary>
public sealed class RetentionSweep(
    ICaseStore cases,
    ICommitmentStore commitments,
    ITranscriptStore transcripts,
    ConversationData conversations,
    Pseudonyms pseudonyms,
    IStorage storage,
    IOptionsMonitor<DataProtectionOptions> options,
    TimeProvider clock,
    ILogger<RetentionSweep> logger)
{
    public const string LastRunKey = "botcare/retention/last-run";
    public const string StoreAnonymizedCases = "cases anonymized";

    private const int BatchSize = 100;

    /// <summary>A bound on one sweep's work, so a first sweep over years of data does not hold an instance for hours.</summary>
    private const int MaxPerRun = 1000;

    public async Task<RetentionRun> RunAsync(string trigger, CancellationToken cancellationToken = default)
    {
        var days = options.CurrentValue.RetainClosedConversationsDays;
        var now = clock.GetUtcNow();
        var run = new RetentionRun { Trigger = trigger, Enabled = days > 0, RetainDays = days, StartedAt = now };
        if (run.Enabled)
        {
            var cutoff = now.AddDays(-days);
            run.Cutoff = cutoff;
            var ledger = new RemovalLedger();
            foreach (var store in ConversationData.Stores.Append(CustomerErasure.StoreCommitments).Append(StoreAnonymizedCases))
            {
                ledger.Store(store);
            }

            await AnonymizeCasesAsync(cutoff, ledger, run, cancellationToken);
            await DropConversationsWithoutCaseAsync(cutoff, ledger, run, cancellationToken);
            run.Stores = [.. ledger.Stores];
        }

        run.CompletedAt = clock.GetUtcNow();
        await storage.WriteAsync(new Dictionary<string, object> { [LastRunKey] = run }, cancellationToken);
        if (run.AnonymizedCases.Count > 0 || run.ConversationsDropped > 0)
        {
            logger.LogInformation("Retention ({Trigger}): {Cases} cases anonymized, {Conversations} conversations dropped.", trigger, run.AnonymizedCases.Count, run.ConversationsDropped);
        }

        return run;
    }

    public async Task<RetentionRun?> LastRunAsync(CancellationToken cancellationToken = default)
    {
        var found = await storage.ReadAsync<RetentionRun>([LastRunKey], cancellationToken);
        return found.TryGetValue(LastRunKey, out var run) ? run : null;
    }

    private async Task AnonymizeCasesAsync(DateTimeOffset cutoff, RemovalLedger ledger, RetentionRun run, CancellationToken cancellationToken)
    {
        while (run.AnonymizedCases.Count < MaxPerRun)
        {
            var due = await cases.ListToAnonymizeAsync(cutoff, BatchSize, cancellationToken);
            var progressed = false;
            foreach (var listed in due)
            {
                progressed |= await AnonymizeAsync(listed.Id, cutoff, ledger, run, cancellationToken);
            }

            if (!progressed)
            {
                // Nothing left, or everything listed was just done by another instance.
                return;
            }
        }

        run.MoreDue = true;
    }

    private async Task<bool> AnonymizeAsync(string caseId, DateTimeOffset cutoff, RemovalLedger ledger, RetentionRun run, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(caseId, cancellationToken) is not { } @case
            || CaseAnonymizer.IsPseudonym(@case.Customer.Id)
            || @case.UpdatedAt >= cutoff)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(@case.ConversationId))
        {
            await conversations.DropAsync(@case.ConversationId, [@case.Customer.ChannelId], [@case.Customer.Id], ledger, cancellationToken);
            run.ConversationsDropped++;
        }

        ledger.Add(CustomerErasure.StoreCommitments, null, await commitments.DeleteByCaseAsync(@case.Id, cancellationToken));
        CaseAnonymizer.Anonymize(@case, await pseudonyms.CustomerAsync(@case.Customer.Id, cancellationToken));
        await cases.SaveAsync(@case, cancellationToken);
        ledger.Add(StoreAnonymizedCases, @case.Id);
        run.AnonymizedCases.Add(@case.Id);
        return true;
    }

    /// <summary>Conversations that never got a case (a greeting, a question): quiet since the cutoff, they go whole.</summary>
    private async Task DropConversationsWithoutCaseAsync(DateTimeOffset cutoff, RemovalLedger ledger, RetentionRun run, CancellationToken cancellationToken)
    {
        foreach (var channel in ConversationData.KnownChannels)
        {
            var due = new List<string>();
            string? token = null;
            do
            {
                // Oldest first: the first conversation started after the cutoff ends the list.
                var page = await transcripts.ListTranscriptsAsync(channel, token, cancellationToken);
                var started = page.Items.TakeWhile(t => t.Created < cutoff).Select(t => t.Id).OfType<string>().ToList();
                foreach (var conversation in started)
                {
                    var since = await transcripts.GetTranscriptActivitiesAsync(channel, conversation, startDate: cutoff, cancellationToken: cancellationToken);
                    if (since.Items.Length == 0 && await cases.FindByConversationAsync(conversation, cancellationToken) is null)
                    {
                        due.Add(conversation);
                    }
                }

                token = started.Count == page.Items.Length ? page.ContinuationToken : null;
            }
            while (token is not null && due.Count + run.ConversationsDropped < MaxPerRun);

            // Dropped after listing: deleting while paging would shift the pages.
            foreach (var conversation in due.Take(MaxPerRun - run.ConversationsDropped))
            {
                await conversations.DropAsync(conversation, [channel], [], ledger, cancellationToken);
                run.ConversationsDropped++;
            }

            run.MoreDue |= run.ConversationsDropped >= MaxPerRun;
        }
    }
}
