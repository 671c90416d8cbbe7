namespace BotCare.Dialogs;

/// <summary>How a round of the remedy conversation starts.</summary>
public sealed class RemedyRoundOptions
{
    /// <summary>Said before asking what would make it right (the thanks, or "Okay.").</summary>
    public string? Preface { get; set; }

    /// <summary>The customer already said what they want: weigh it rather than ask.</summary>
    public bool WeighNow { get; set; }

    /// <summary>How many offers the customer has turned down.</summary>
    public int Declines { get; set; }
}
