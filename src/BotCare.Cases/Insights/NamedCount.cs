namespace BotCare.Cases;

/// <summary>A count under a name: an escalation reason and the cases escalated for it.</summary>
public sealed record NamedCount(string Name, int Count);
