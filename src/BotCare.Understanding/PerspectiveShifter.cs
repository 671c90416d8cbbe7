using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Turns the customer's words to the bot's point of view for repeating them back (playbook step 4):
/// "your agent hung up on me" becomes "our agent hung up on you".
/// </summary>
public static partial class PerspectiveShifter
{
    private static readonly Dictionary<string, string> Swaps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = "you",
        ["me"] = "you",
        ["my"] = "your",
        ["mine"] = "yours",
        ["myself"] = "yourself",
        ["i'm"] = "you're",
        ["im"] = "you're",
        ["i've"] = "you've",
        ["ive"] = "you've",
        ["i'd"] = "you'd",
        ["i'll"] = "you'll",
        ["your"] = "our",
        ["yours"] = "ours",
        ["you"] = "we",
        ["you're"] = "we're",
        ["you've"] = "we've",
        ["u"] = "we",
        ["ur"] = "our",
        ["yall"] = "we",
        ["y'all"] = "we",
    };

    public static string ToBotsView(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Replace('’', '\'');
        var shifted = Words().Replace(source, m =>
        {
            if (!Swaps.TryGetValue(m.Value, out var swap))
            {
                return m.Value;
            }

            // "you" as an object ("about you", "told you") is "us"; as a subject ("you sent") it is "we".
            return swap == "we" && IsObjectPosition(source, m.Index) ? "us" : swap;
        });

        // "I was" and "I am" became "you was" and "you am": fix the verb.
        shifted = YouWas().Replace(shifted, "you were");
        shifted = YouAm().Replace(shifted, "you are");
        return shifted.Trim().TrimEnd('.', '!', '?', ' ');
    }

    private static readonly HashSet<string> TakesAnObject = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "to", "with", "for", "at", "from", "of", "on", "by", "than", "like", "against", "without",
        "told", "tell", "paid", "pay", "called", "call", "phoned", "rang", "emailed", "email", "messaged", "contacted", "contact",
        "asked", "ask", "gave", "give", "sent", "send", "trust", "trusted", "believe", "believed", "hate", "love", "chose", "recommend", "recommended",
    };

    private static bool IsObjectPosition(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var start = before.LastIndexOfAny([' ', ',', '.', ';', ':', '!', '?']) + 1;
        return TakesAnObject.Contains(before[start..]);
    }

    [GeneratedRegex(@"\b[\w']+\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"\byou was\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouWas();

    [GeneratedRegex(@"\byou am\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouAm();
}
