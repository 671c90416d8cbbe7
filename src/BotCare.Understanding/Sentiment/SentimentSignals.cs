namespace BotCare.Understanding;

/// <summary>What raised or lowered a message's anger score; see <see cref="SentimentScore.Signals"/> for the names.</summary>
[Flags]
internal enum SentimentSignals
{
    None = 0,
    Exclamations = 1,
    Insult = 2,
    LostEffort = 4,
    Negation = 8,
    Profanity = 16,
    Sarcasm = 32,
    Shouting = 64,
    Threat = 128,
}
