using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>How the remedy conversation ended: resolved, handed to a person (and why), or promised for later.</summary>
public sealed record RemedyOutcome(RemedyOutcomeKind Kind, EscalationReason? Reason = null, string Detail = "")
{
    public static RemedyOutcome Resolved { get; } = new(RemedyOutcomeKind.Resolved);

    public static RemedyOutcome Committed { get; } = new(RemedyOutcomeKind.Committed);

    public static RemedyOutcome Escalate(EscalationReason reason, string detail) => new(RemedyOutcomeKind.Escalate, reason, detail);
}
