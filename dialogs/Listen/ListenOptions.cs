namespace BotCare.Dialogs;

/// <summary>How a listening round starts: with the customer's message already in hand, or by asking.</summary>
public sealed class ListenOptions
{
    /// <summary>A message to take in first (the customer opened with their story).</summary>
    public string? Text { get; set; }

    /// <summary>The question to open with instead of the default.</summary>
    public string? Question { get; set; }

    /// <summary>Whether to greet, because the customer has not said anything yet.</summary>
    public bool Welcome { get; set; }

    /// <summary>Which "anything else?" round this is.</summary>
    public int Round { get; set; }
}
