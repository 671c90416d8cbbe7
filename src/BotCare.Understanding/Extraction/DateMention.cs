namespace BotCare.Understanding;

/// <summary>A date or time in the message: as written ("last Friday") and resolved (<c>2026-11-20</c>).</summary>
public sealed record DateMention(string Text, string? Value, string? Timex);
