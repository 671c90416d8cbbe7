namespace BotCare.Builder;

/// <summary>The value of a <see cref="HandoffEventNames.HandoffStatus"/> event.</summary>
public sealed record HandoffStatus(string State, string? Message = null);
