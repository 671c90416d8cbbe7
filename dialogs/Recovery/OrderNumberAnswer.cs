using System.Text.RegularExpressions;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>Reading the customer's answer to "could you give me the order number?".</summary>
internal static partial class OrderNumberAnswer
{
    /// <summary>The order number in an answer: "order 48213", "#48213", or just "48213".</summary>
    public static string? Find(MessageUnderstanding message, string answer)
    {
        var numbers = message.Extraction.OrderNumbers;
        if (numbers.Count > 0)
        {
            return numbers[0];
        }

        // Asked for an order number, a number of order length is the answer: "it's 99999, I'm sure".
        var bare = AnyOrderNumber().Match(answer);
        return bare.Success ? bare.Value.TrimStart('#').ToUpperInvariant() : null;
    }

    /// <summary>An order number, or the customer saying they do not have one; <paramref name="normalized"/> is lower case.</summary>
    public static bool IsAnswer(MessageUnderstanding message, string normalized) =>
        message.Extraction.OrderNumbers.Count > 0 || NoOrderNumber().IsMatch(normalized) || AnyOrderNumber().IsMatch(normalized);

    [GeneratedRegex(@"\b(?:don'?t (?:have|know)|do not (?:have|know)|not sure|no idea|can'?t find|lost|haven'?t got|no order)\b|^no[\s.!]*$")]
    private static partial Regex NoOrderNumber();

    [GeneratedRegex(@"#?\b[A-Za-z]{0,3}-?\d{4,10}\b")]
    private static partial Regex AnyOrderNumber();
}
