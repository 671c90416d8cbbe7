using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>What the people side keeps in a conversation's state: who owns it (with every move) and the agents' internal notes.</summary>
/// <param name="Ownership">The owner; null for a conversation the routing has not seen yet.</param>
/// <param name="Notes">Internal notes, oldest first.</param>
public sealed record HandoffRecord(ConversationOwnership? Ownership, IReadOnlyList<AgentNote> Notes);
