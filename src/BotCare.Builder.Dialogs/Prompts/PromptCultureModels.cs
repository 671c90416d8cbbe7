namespace BotCare.Builder.Dialogs;

/// <summary>The wording prompts use to render choices. BotCare speaks English; other locales fall back to it.</summary>
public static class PromptCultureModels
{
    public const string EnglishLocale = "en-us";

    public static string YesInLanguage => "Yes";

    public static string NoInLanguage => "No";

    /// <summary><c>", "</c>, <c>" or "</c>, <c>", or "</c>, numbered.</summary>
    public static ChoiceFactoryOptions EnglishChoiceOptions() => new()
    {
        InlineSeparator = ", ",
        InlineOr = " or ",
        InlineOrMore = ", or ",
        IncludeNumbers = true,
    };
}
