namespace BotCare.Dialogs;

public enum RemedyOutcomeKind
{
    /// <summary>Agreed and acted on.</summary>
    Resolved,

    /// <summary>A person needs to take over.</summary>
    Escalate,

    /// <summary>The bot could not resolve it and promised a concrete time instead (playbook step 14).</summary>
    Committed,
}
