namespace BotCare.Cases;

/// <summary>
/// An agent's internal note on a chat: for colleagues (the next agent, a supervisor), never sent to the customer.
/// Kept in the conversation's state beside its owner, so a transfer or a hand-back carries it along.
/// </summary>
/// <param name="Id">Unique within the conversation, the key a console shows it by.</param>
/// <param name="AgentId">Who wrote it.</param>
/// <param name="AgentName">Their display name at the time.</param>
/// <param name="Text">The note, as written: data, to be encoded by whoever shows it.</param>
/// <param name="At">When it was written.</param>
public sealed record AgentNote(string Id, string AgentId, string AgentName, string Text, DateTimeOffset At);
