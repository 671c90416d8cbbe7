namespace BotCare.Cases;

/// <summary>A playbook step the conversation went through, and when.</summary>
public sealed record PlaybookStepRecord(PlaybookStep Step, DateTimeOffset At, string? Note = null);
