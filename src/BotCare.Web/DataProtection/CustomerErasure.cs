using BotCare.Cases;
using BotCare.Channels;

namespace BotCare.Web;

/// <summary>
/// Erases everything about one customer on request, across every store, and keeps an <see cref="ErasureReport"/> as
/// proof. Asked for by conversation id or order number, it erases the customers found there, with all their other
/// conversations too: on Teams or Slack one user id spans many chats, and a request to be forgotten is about the
/// person. Running it again finds nothing more, so a retried request does no harm.
/// </summary>
public sealed class CustomerErasure(
    ICaseStore cases,
    ICommitmentStore commitments,
    IEscalationQueue queue,
    DirectLineStore directLine,
    ConversationData conversations,
    Pseudonyms pseudonyms,
    ErasureReports reports,
    TimeProvider clock,
    ILogger<CustomerErasure> logger)
{
    public const string StoreCases = "cases";
    public const string StoreCommitments = "commitments";

    /// <summary>Enough for any one person; a bound so that a wrong order number shared by thousands cannot run away.</summary>
    private const int MaxRecords = 10_000;

    public async Task<ErasureReport> EraseAsync(string subjectKind, string subject, string admin, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var requestedAt = clock.GetUtcNow();
        var scope = await FindAsync(subjectKind, subject, cancellationToken);
        var ledger = new RemovalLedger();
        foreach (var store in ConversationData.Stores.Append(StoreCommitments).Append(StoreCases))
        {
            ledger.Store(store);
        }

        foreach (var conversation in scope.Conversations)
        {
            await conversations.DropAsync(conversation, scope.Channels, scope.Customers, ledger, cancellationToken);
        }

        foreach (var customer in scope.Customers)
        {
            await conversations.DropUserStateAsync(customer, scope.Channels, ledger, cancellationToken);
            ledger.Add(ConversationData.StoreQueue, null, await queue.DeleteByCustomerAsync(customer, cancellationToken));
        }

        await EraseCommitmentsAsync(scope, ledger, cancellationToken);
        foreach (var id in scope.Cases.Keys)
        {
            ledger.Add(StoreCases, id, await cases.DeleteAsync(id, cancellationToken) ? 1 : 0);
        }

        var report = await ReportAsync(subjectKind, subject, admin, requestedAt, scope, ledger, cancellationToken);
        await reports.SaveAsync(report, cancellationToken);
        logger.LogInformation("Erasure {ReportId} by {Admin}: {Customers} customers, {Conversations} conversations, {Removed} records removed.", report.Id, admin, report.Customers.Count, report.Conversations.Count, report.TotalRemoved);
        return report;
    }

    private async Task<ErasureScope> FindAsync(string subjectKind, string subject, CancellationToken cancellationToken)
    {
        var scope = new ErasureScope();
        switch (subjectKind)
        {
            case "customerId":
                scope.Customers.Add(subject);
                break;
            case "conversationId":
                scope.Conversations.Add(subject);
                break;
            case "orderNumber":
                scope.OrderNumbers.Add(subject);
                foreach (var @case in await cases.ListAsync(new CaseQuery { OrderNumber = subject, Limit = MaxRecords }, cancellationToken))
                {
                    scope.AddCase(@case);
                }

                break;
            default:
                throw new ArgumentException($"Unknown subject kind '{subjectKind}'.", nameof(subjectKind));
        }

        // Follow links until nothing new turns up: customers lead to conversations and conversations to customers.
        var seenCustomers = new HashSet<string>(StringComparer.Ordinal);
        var seenConversations = new HashSet<string>(StringComparer.Ordinal);
        while (scope.Customers.Except(seenCustomers).Concat(scope.Conversations.Except(seenConversations)).Any())
        {
            foreach (var conversation in scope.Conversations.Except(seenConversations).ToList())
            {
                seenConversations.Add(conversation);
                foreach (var @case in await cases.ListByConversationAsync(conversation, cancellationToken))
                {
                    scope.AddCase(@case);
                }

                if (await queue.GetAsync(conversation, cancellationToken) is { } entry)
                {
                    scope.AddCustomer(entry.CustomerId);
                    scope.AddChannel(entry.ChannelId);
                }

                if (await directLine.GetAsync(conversation, cancellationToken) is { } log)
                {
                    scope.AddCustomer(log.UserId);
                    scope.AddChannel(Builder.Channels.Directline);
                }
            }

            foreach (var customer in scope.Customers.Except(seenCustomers).ToList())
            {
                seenCustomers.Add(customer);

                // Anonymized cases too: their pseudonym is still linked to the person for as long as the key exists.
                foreach (var id in new[] { customer, await pseudonyms.CustomerAsync(customer, cancellationToken) })
                {
                    foreach (var @case in await cases.ListAsync(new CaseQuery { CustomerId = id, Limit = MaxRecords }, cancellationToken))
                    {
                        scope.AddCase(@case);
                    }
                }

                foreach (var commitment in await commitments.ListAsync(new CommitmentQuery { CustomerId = customer, Limit = MaxRecords }, cancellationToken))
                {
                    scope.AddConversation(commitment.ConversationId);
                    scope.AddChannel(commitment.ChannelId);
                }
            }
        }

        return scope;
    }

    private async Task EraseCommitmentsAsync(ErasureScope scope, RemovalLedger ledger, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var customer in scope.Customers)
        {
            ids.AddRange((await commitments.ListAsync(new CommitmentQuery { CustomerId = customer, Limit = MaxRecords }, cancellationToken)).Select(c => c.Id));
        }

        foreach (var caseId in scope.Cases.Keys)
        {
            ids.AddRange((await commitments.ListAsync(new CommitmentQuery { CaseId = caseId, Limit = MaxRecords }, cancellationToken)).Select(c => c.Id));
        }

        var removed = 0;
        foreach (var customer in scope.Customers)
        {
            removed += await commitments.DeleteByCustomerAsync(customer, cancellationToken);
        }

        foreach (var caseId in scope.Cases.Keys)
        {
            removed += await commitments.DeleteByCaseAsync(caseId, cancellationToken);
        }

        var result = ledger.Store(StoreCommitments);
        result.Removed += removed;
        result.Items.AddRange(ids.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The report, with every customer id, conversation id and order number in it replaced by its keyed hash.</summary>
    private async Task<ErasureReport> ReportAsync(string subjectKind, string subject, string admin, DateTimeOffset requestedAt, ErasureScope scope, RemovalLedger ledger, CancellationToken cancellationToken)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in scope.Customers.Concat(scope.Conversations).Concat(scope.OrderNumbers).Append(subject))
        {
            tags[id] = await pseudonyms.TagAsync(id, cancellationToken);
        }

        // Longest first, so an id that contains another is replaced whole.
        var ordered = tags.OrderByDescending(t => t.Key.Length).ToList();
        string Redact(string text) => ordered.Aggregate(text, (current, tag) => current.Replace(tag.Key, tag.Value, StringComparison.OrdinalIgnoreCase));

        return new ErasureReport
        {
            SubjectKind = subjectKind,
            Subject = tags[subject],
            Admin = admin,
            RequestedAt = requestedAt,
            CompletedAt = clock.GetUtcNow(),
            Customers = [.. scope.Customers.Select(c => tags[c])],
            Conversations = [.. scope.Conversations.Select(c => tags[c])],
            Stores = [.. ledger.Stores.Select(s => new ErasureStoreResult { Store = s.Store, Removed = s.Removed, Items = [.. s.Items.Select(Redact)] })],
        };
    }
}
