namespace BotCare.Builder.Dialogs;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognized.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Position of the choice in the list offered (0-based).</summary>
    public int Index { get; set; }

    /// <summary>Confidence between 0 and 1.</summary>
    public double Score { get; set; }

    /// <summary>The value or synonym that matched.</summary>
    public string? Synonym { get; set; }
}
