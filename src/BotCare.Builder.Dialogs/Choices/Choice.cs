namespace BotCare.Builder.Dialogs;

/// <summary>An option offered to the user, with other words that should pick it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>What the choice returns, and the button title unless <see cref="Action"/> says otherwise.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button to render instead of a plain <c>imBack</c> of <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    public IList<string>? Synonyms { get; set; }
}
