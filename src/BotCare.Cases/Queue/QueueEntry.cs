namespace BotCare.Cases;

/// <summary>
/// One escalated conversation in the human queue. A conversation has at most one entry; escalating it again
/// after it was closed starts a new wait. <see cref="Rank"/> is computed once at enqueue by the handoff logic
/// so that stores only sort by it: priority from anger and customer value minus the enqueue time, which keeps
/// waiting customers rising relative to newcomers without rewriting rows as time passes.
/// </summary>
public sealed class QueueEntry
{
    public string ConversationId { get; set; } = string.Empty;

    public string ChannelId { get; set; } = string.Empty;

    public string CaseId { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public string CustomerName { get; set; } = string.Empty;

    /// <summary>The skill an agent needs: <c>product</c>, <c>service</c>, <c>billing</c> or <c>delivery</c>.</summary>
    public string Skill { get; set; } = string.Empty;

    public EscalationReason Reason { get; set; }

    /// <summary>The customer's anger (0 to 1) when the chat was escalated.</summary>
    public double Anger { get; set; }

    /// <summary>How much the customer matters to the business (0 to 1), from the order history.</summary>
    public double CustomerValue { get; set; }

    /// <summary>Higher is served first; ties by the earlier <see cref="EnqueuedAt"/>.</summary>
    public double Rank { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }

    public QueueStatus Status { get; set; } = QueueStatus.Waiting;

    public string? AgentId { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Incremented by the store on every change; a change based on an older version is refused.</summary>
    public long Version { get; set; }

    /// <summary>The confirmed <see cref="CaseBrief"/> as JSON, pinned at the top of the agent's view.</summary>
    public string BriefJson { get; set; } = "{}";

    /// <summary>The conversation reference as JSON, so agent replies reach the customer's channel from any instance.</summary>
    public string ConversationReferenceJson { get; set; } = "{}";
}
