namespace BotCare.Builder.Dialogs;

/// <summary>Wording of inline and list renderings.</summary>
public sealed class ChoiceFactoryOptions
{
    /// <summary>Between choices: <c>", "</c> in English.</summary>
    public string? InlineSeparator { get; set; }

    /// <summary>Between exactly two choices: <c>" or "</c>.</summary>
    public string? InlineOr { get; set; }

    /// <summary>Before the last of three or more choices: <c>", or "</c>.</summary>
    public string? InlineOrMore { get; set; }

    /// <summary>Whether to number the choices (so the user can answer "2"); true when unset.</summary>
    public bool? IncludeNumbers { get; set; }
}
