using System.Text.RegularExpressions;
using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>The story retold from the bot's side, in the customer's own words: "your headphones stopped charging".</summary>
internal static partial class StoryRetelling
{
    public static string Of(IReadOnlyList<Issue> issues)
    {
        var parts = issues.Select(i => Sentence(i.Description)).ToList();
        return parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            2 => $"{parts[0]}; and {parts[1]}",
            _ => string.Join("; ", parts.Take(parts.Count - 1)) + "; and " + parts[^1],
        };
    }

    /// <summary>One issue as a clause: from the bot's point of view, first letter lowered unless it is an acronym or a name.</summary>
    private static string Sentence(string description)
    {
        // Quote the words, not the shouting: "for NOTHING" is retold as "for nothing".
        var text = Shouting().Replace(PerspectiveShifter.ToBotsView(description), m => m.Value.ToLowerInvariant());
        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return text;
    }

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex Shouting();
}
