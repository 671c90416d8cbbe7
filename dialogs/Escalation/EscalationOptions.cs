using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>Why the bot hands over, and what it said just before.</summary>
public sealed class EscalationOptions
{
    public EscalationReason Reason { get; set; }

    /// <summary>For the person taking over: "asked for $500 lost wages; offered a $75 credit".</summary>
    public string Detail { get; set; } = string.Empty;

    /// <summary>Said first, in the same message (the apology for a story just told).</summary>
    public string? Preface { get; set; }
}
