namespace BotCare.Builder;

/// <summary>Quick-reply buttons that disappear once the user answers.</summary>
public sealed class SuggestedActions
{
    public SuggestedActions()
    {
    }

    public SuggestedActions(IList<string>? to, IList<CardAction> actions)
    {
        To = to;
        Actions = actions;
    }

    /// <summary>Recipient ids the actions are shown to; null means everyone.</summary>
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];
}
