namespace BotCare.Cases;

/// <summary>
/// One move of a conversation between the bot, the queue and people, kept for the record: a supervisor can see who
/// took the chat when and why, and a dispute about "nobody answered me" can be settled from it.
/// </summary>
/// <param name="From">The owner before the move.</param>
/// <param name="To">The owner after it.</param>
/// <param name="By">Who made the move: <c>bot</c>, <c>customer</c>, an agent's id, or <c>system</c>.</param>
/// <param name="At">When it happened.</param>
/// <param name="Why">The reason given: the escalation reason, "claimed", the outcome of a closed chat.</param>
/// <param name="AgentId">The agent holding the chat after the move, when a person does.</param>
public sealed record OwnershipChange(
    ConversationOwner From,
    ConversationOwner To,
    string By,
    DateTimeOffset At,
    string Why,
    string? AgentId = null);
