namespace BotCare.Cases;

/// <summary>A handoff to a person, with the reason.</summary>
public sealed class Escalation
{
    public EscalationReason Reason { get; set; }

    /// <summary>More detail for the agent ("asked for $500 lost wages; offered a $75 credit").</summary>
    public string Detail { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
