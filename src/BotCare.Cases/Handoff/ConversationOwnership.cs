namespace BotCare.Cases;

/// <summary>
/// Who owns a conversation: bot, then queued, then an agent, then back to the bot or closed. Persisted in the
/// conversation's state, beside the dialog stack, so it is saved with the same ETag check as the turn that changed
/// it and every instance sees the same owner. Only the moves a support desk makes are allowed; any other is refused
/// and leaves the record as it was.
/// </summary>
public sealed class ConversationOwnership
{
    public ConversationOwner Owner { get; set; } = ConversationOwner.Bot;

    /// <summary>The agent holding the chat while <see cref="Owner"/> is <see cref="ConversationOwner.Agent"/>.</summary>
    public string? AgentId { get; set; }

    /// <summary>Since when the current owner has the chat (the queue's wait starts here).</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>The place in line the customer was last told while waiting, so a change is told once.</summary>
    public int? PositionTold { get; set; }

    /// <summary>Whether the customer was offered, while waiting, to be contacted later instead.</summary>
    public bool ContactLaterOffered { get; set; }

    /// <summary>Every move, oldest first.</summary>
    public List<OwnershipChange> Changes { get; set; } = [];

    /// <summary>Whether people, not the bot, answer the customer now (waiting for one, or with one).</summary>
    public bool IsWithPeople => Owner is ConversationOwner.Queued or ConversationOwner.Agent;

    /// <summary>The bot escalates: into the queue.</summary>
    public bool TryQueue(string by, DateTimeOffset at, string why) =>
        Owner is ConversationOwner.Bot && Move(ConversationOwner.Queued, by, at, why, agentId: null);

    /// <summary>An agent takes a waiting chat.</summary>
    public bool TryAssign(string agentId, DateTimeOffset at, string why = "claimed")
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        return Owner is ConversationOwner.Queued && Move(ConversationOwner.Agent, agentId, at, why, agentId);
    }

    /// <summary>The agent holding the chat passes it to another.</summary>
    public bool TryTransfer(string fromAgentId, string toAgentId, DateTimeOffset at, string why = "transferred")
    {
        ArgumentException.ThrowIfNullOrEmpty(toAgentId);
        return Owner is ConversationOwner.Agent && AgentId == fromAgentId && toAgentId != fromAgentId
            && Move(ConversationOwner.Agent, fromAgentId, at, why, toAgentId);
    }

    /// <summary>
    /// Back to the bot: an agent hands it back, or the wait ends without one (the handoff failed, the customer chose
    /// to be contacted later). <paramref name="by"/> must be the holding agent while an agent has the chat.
    /// </summary>
    public bool TryReturnToBot(string by, DateTimeOffset at, string why) =>
        (Owner is ConversationOwner.Queued || (Owner is ConversationOwner.Agent && AgentId == by))
        && Move(ConversationOwner.Bot, by, at, why, agentId: null);

    /// <summary>Closed with an outcome, by the holding agent or, for a waiting chat, by the system.</summary>
    public bool TryClose(string by, DateTimeOffset at, string outcome) =>
        (Owner is ConversationOwner.Queued || (Owner is ConversationOwner.Agent && AgentId == by))
        && Move(ConversationOwner.Closed, by, at, outcome, agentId: null);

    /// <summary>The customer writes again after the chat was closed: the bot picks up a new story.</summary>
    public bool TryReopen(DateTimeOffset at) =>
        Owner is ConversationOwner.Closed && Move(ConversationOwner.Bot, "customer", at, "wrote again", agentId: null);

    private bool Move(ConversationOwner to, string by, DateTimeOffset at, string why, string? agentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(by);
        if (to != ConversationOwner.Queued)
        {
            // A new wait starts afresh: its place and offer are told again.
            PositionTold = null;
            ContactLaterOffered = false;
        }

        Changes.Add(new OwnershipChange(Owner, to, by, at, why, agentId));
        Owner = to;
        AgentId = agentId;
        Since = at;
        return true;
    }
}
