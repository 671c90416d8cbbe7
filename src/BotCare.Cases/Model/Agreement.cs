namespace BotCare.Cases;

/// <summary>The remedy the customer agreed to, stated to them before anything was done.</summary>
public sealed class Agreement
{
    public Remedy Remedy { get; set; } = new();

    public DateTimeOffset At { get; set; }
}
