namespace BotCare.Builder.Dialogs;

/// <summary>How a <see cref="ChoicePrompt"/> matches the user's answer to its choices.</summary>
public sealed class FindChoicesOptions
{
    /// <summary>Whether "the second one" or "last" picks a choice by position.</summary>
    public bool RecognizeOrdinals { get; set; } = true;

    /// <summary>Whether "2" picks the second choice.</summary>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>Whether part of a multi-word choice is enough ("express" for "express delivery").</summary>
    public bool AllowPartialMatches { get; set; }

    /// <summary>Whether a button's title counts as a synonym of its choice.</summary>
    public bool NoAction { get; set; }
}
