namespace BotCare.Builder.Dialogs;

/// <summary>How choices are shown.</summary>
public enum ListStyle
{
    /// <summary>Not shown: the prompt text must mention them.</summary>
    None,

    /// <summary>The best style the channel supports (see <see cref="ChoiceFactory.ForChannel"/>).</summary>
    Auto,

    /// <summary>In the text: <c>(1) red, (2) green, or (3) blue</c>.</summary>
    Inline,

    /// <summary>A numbered list below the text.</summary>
    List,

    /// <summary>Quick-reply buttons.</summary>
    SuggestedAction,

    /// <summary>A hero card with a button per choice.</summary>
    HeroCard,
}
