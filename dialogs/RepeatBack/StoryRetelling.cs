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
        // Quote the words, not the shouting or the chat shorthand: "for NOTHING" is retold as "for nothing",
        // "the box n the plates r soaked" as "the box and the plates are soaked".
        var plain = Fillers().Replace(Slang().Replace(description, m => Expand(m.Value)), string.Empty);
        plain = Spaces().Replace(plain, " ").Trim().TrimStart(',', ' ');
        var text = Shouting().Replace(PerspectiveShifter.ToBotsView(plain), m => m.Value.ToLowerInvariant());
        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return text;
    }

    private static string Expand(string shorthand) => shorthand.ToLowerInvariant() switch
    {
        "n" => "and",
        "r" => "are",
        "b4" => "before",
        "bc" or "cuz" or "coz" => "because",
        "pls" or "plz" => "please",
        "thx" => "thanks",
        _ => string.Empty,
    };

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex Shouting();

    [GeneratedRegex(@"\b(?:n|r|b4|bc|cuz|coz|pls|plz|thx|smh|lol|tbh|imo|ffs|fml)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Slang();

    /// <summary>Openers and hedges that carry no fact: "honestly", "so", "hi,", "just".</summary>
    [GeneratedRegex(@"^(?:(?:hi|hey|hello|honestly|well|look|so|ok so|okay so|basically|literally|seriously)\b[,!.]?\s*)+|\bjust\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
