using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// Puts an escalated conversation in the shared queue: skill from the brief, rank from anger and customer value, the
/// brief pinned for the agent and the conversation reference kept so an agent's replies reach the customer's channel
/// from any instance. Enqueueing is idempotent in every store, so a turn run again queues the chat once.
/// </summary>
public sealed class HandoffQueueing(IEscalationQueue queue, HandoffOptions options, WaitEstimator? estimator = null, IOrderLookup? orders = null)
{
    public HandoffOptions Options => options;

    /// <summary>
    /// Queues the chat the handoff event belongs to and returns the customer's place among those waiting for the same
    /// skill, with the wait to expect (no minutes without an estimator).
    /// </summary>
    public async Task<WaitEstimate> EnqueueAsync(ITurnContext turnContext, CaseBrief brief, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(brief);
        var activity = turnContext.Activity;
        var order = orders is not null && !string.IsNullOrEmpty(brief.OrderNumber)
            ? await orders.FindAsync(brief.OrderNumber, cancellationToken)
            : null;
        var anger = brief.Anger ?? 0;
        var value = QueuePriority.CustomerValue(order, options);
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        await queue.EnqueueAsync(
            new QueueEntry
            {
                ConversationId = conversationId,
                ChannelId = activity.ChannelId ?? string.Empty,
                CaseId = brief.CaseId,
                CustomerId = activity.From?.Id ?? string.Empty,
                CustomerName = activity.From?.Name ?? order?.CustomerName ?? string.Empty,
                Skill = brief.Skill,
                Reason = brief.Reason,
                Anger = anger,
                CustomerValue = value,
                Rank = QueuePriority.Rank(anger, value, now, options, QueuePriority.IsRepeatContact(brief)),
                EnqueuedAt = now,
                BriefJson = BotJson.Serialize(brief),
                ConversationReferenceJson = BotJson.Serialize(activity.GetConversationReference()),
            },
            cancellationToken);
        var position = await queue.PositionAsync(conversationId, cancellationToken);
        return estimator is null
            ? new WaitEstimate(position, null, Staffed: true, Open: true)
            : await estimator.EstimateAsync(brief.Skill, position, now, cancellationToken);
    }

    /// <summary>The customer leaves the queue (they chose to be contacted later instead).</summary>
    public Task LeaveAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        queue.CloseAsync(conversationId, now, cancellationToken);
}
