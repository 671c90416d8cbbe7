using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>The end of a claim, with the queue entry as the agent now holds it when <see cref="ClaimOutcome.Claimed"/>.</summary>
public sealed record ClaimResult(ClaimOutcome Outcome, QueueEntry? Entry = null);
