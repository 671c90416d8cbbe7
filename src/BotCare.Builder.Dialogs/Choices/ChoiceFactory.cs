using System.Globalization;
using System.Text;

namespace BotCare.Builder.Dialogs;

/// <summary>Renders a list of choices as text, quick replies or a hero card.</summary>
public static class ChoiceFactory
{
    private static readonly ChoiceFactoryOptions EnglishDefaults = new()
    {
        InlineSeparator = ", ",
        InlineOr = " or ",
        InlineOrMore = ", or ",
        IncludeNumbers = true,
    };

    /// <summary>
    /// The best rendering the channel supports: long titles (over 20 characters) always become a numbered list;
    /// otherwise a hero card where the channel has card buttons but no quick replies (Slack, Teams group chats),
    /// quick replies where it has them (Web Chat, Direct Line, Teams personal chats with up to three), inline
    /// text for up to three choices, and a list beyond that.
    /// </summary>
    public static Activity ForChannel(string? channelId, IList<Choice> list, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        var longestTitle = list.Count == 0 ? 0 : list.Max(c => TitleOf(c).Length);
        var longTitles = longestTitle > Channel.MaxActionTitleLength;
        var suggestedActions = Channel.SupportsSuggestedActions(channelId, list.Count, conversationType);
        var cardActions = Channel.SupportsCardActions(channelId, list.Count);

        if (!longTitles && !suggestedActions && cardActions)
        {
            return HeroCard(list, text, speak);
        }

        if (!longTitles && suggestedActions)
        {
            return SuggestedAction(list, text, speak);
        }

        return !longTitles && list.Count <= 3
            ? Inline(list, text, speak, options)
            : List(list, text, speak, options);
    }

    /// <summary>The choices inside the text: <c>Pick one: (1) red, (2) green, or (3) blue</c>.</summary>
    public static Activity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var separator = options?.InlineSeparator ?? EnglishDefaults.InlineSeparator;
        var or = options?.InlineOr ?? EnglishDefaults.InlineOr;
        var orMore = options?.InlineOrMore ?? EnglishDefaults.InlineOrMore;
        var numbers = options?.IncludeNumbers ?? true;

        var builder = new StringBuilder(text ?? string.Empty).Append(' ');
        var connector = string.Empty;
        for (var index = 0; index < choices.Count; index++)
        {
            builder.Append(connector);
            if (numbers)
            {
                builder.Append(CultureInfo.InvariantCulture, $"({index + 1}) ");
            }

            builder.Append(TitleOf(choices[index]));
            connector = index == choices.Count - 2 ? (index == 0 ? or : orMore) : separator;
        }

        return MessageFactory.Text(builder.ToString().Trim(), speak, InputHints.ExpectingInput);
    }

    /// <summary>The text, a blank line, then one indented line per choice: <c>   1. red</c>.</summary>
    public static Activity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var numbers = options?.IncludeNumbers ?? true;
        var builder = new StringBuilder(text ?? string.Empty).Append("\n\n");
        for (var index = 0; index < choices.Count; index++)
        {
            builder.Append("   ");
            builder.Append(numbers ? $"{(index + 1).ToString(CultureInfo.InvariantCulture)}. " : "- ");
            builder.Append(TitleOf(choices[index]));
            if (index < choices.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return MessageFactory.Text(builder.ToString(), speak, InputHints.ExpectingInput);
    }

    public static Activity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
        => MessageFactory.SuggestedActions(ExtractActions(choices), text, speak, InputHints.ExpectingInput);

    /// <summary>A hero card holding the text, with a button per choice.</summary>
    public static Activity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        var card = new HeroCard { Text = text, Buttons = ExtractActions(choices) };
        return MessageFactory.Attachment(card.ToAttachment(), null, speak, InputHints.ExpectingInput);
    }

    public static IList<Choice> ToChoices(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new Choice(c)).ToList();
    }

    /// <summary>Each choice's own action, or an <c>imBack</c> of its value.</summary>
    public static IList<CardAction> ExtractActions(IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices
            .Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.Value, value: c.Value))
            .ToList();
    }

    private static string TitleOf(Choice choice) => choice.Action?.Title ?? choice.Value;
}
