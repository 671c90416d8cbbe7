namespace BotCare.Understanding;

/// <summary>One intent and its probability.</summary>
public sealed record IntentScore(Intent Intent, double Score);
