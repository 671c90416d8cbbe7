namespace BotCare.Understanding;

/// <summary>One row the ML.NET pipeline reads: the message and, for training, its label.</summary>
internal sealed class ClassifierRow
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
