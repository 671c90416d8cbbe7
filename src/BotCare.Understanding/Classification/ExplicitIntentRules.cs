using System.Text.RegularExpressions;

namespace BotCare.Understanding;

/// <summary>
/// Precise patterns for explicit asks the bot must never miss, whatever the model thinks: a request for a
/// person ("let me talk to a manager", "agent pls"), and the plain closings ("that's all", "nothing else").
/// </summary>
public static partial class ExplicitIntentRules
{
    public static Intent? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Trim().ToLowerInvariant().Replace('’', '\'');
        if (AsksForPerson().IsMatch(normalized) || PersonAlone().IsMatch(normalized) || NoBot().IsMatch(normalized))
        {
            return Intent.WantsHuman;
        }

        return Closing().IsMatch(normalized) ? Intent.DoneTalking : null;
    }

    private const string Person = @"(?:real |actual |live |human )?(?:person|human|humans|agent|manager|supervisor|someone|somebody|representative|rep|operator|people|staff member|team member)";

    [GeneratedRegex(@"\b(?:speak|talk|chat|talking|speaking)\s+(?:to|with)\s+(?:a |an |the |your |some |one of your )?" + Person + @"\b|\b(?:get|give|put|transfer|connect|pass|escalate)\s+me\s+(?:through\s+)?(?:to|with)?\s*(?:a |an |the |your )?" + Person + @"\b|\b(?:real|actual|live)\s+(?:person|human|agent)\b|\bescalate\s+(?:this|it|me|to)\b|\bwant\s+(?:a |an |the )?(?:manager|supervisor|human|person|agent)\b|(?:^|please |pls |can you |could you |just )(?:transfer|connect|put|hook)\s+me\b(?!\s+on\s+hold)|\btransfer\s+to\s+(?:a\s+)?(?:human|person|agent)\b|\b(?:human|person|agent|someone real|somebody real)[\s,.!]+(?:please|pls|plz|now)\b|\bhuman\s+(?:agent|being)\b")]
    private static partial Regex AsksForPerson();

    [GeneratedRegex(@"^(?:a |an )?(?:human|agent|operator|representative|manager|supervisor|person)(?:\s+(?:please|pls|plz|now|asap))?[\s.!?]*$")]
    private static partial Regex PersonAlone();

    [GeneratedRegex(@"\b(?:don'?t|do not|dont)\s+want\s+(?:to\s+(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:a|this|your|the)\s+(?:bot|robot|machine)\b|\bstop\s+(?:the|this)\s+bot\b|\b(?:get me off|enough of|done with|fed up with)\s+(?:this|the|your)\s+(?:bot|chatbot|robot)\b|^no\s+bot\b|\bnot\s+(?:a|the|this|your)\s+(?:bot|chatbot)\b[^?]*$")]
    private static partial Regex NoBot();

    [GeneratedRegex(@"^(?:(?:no|nope|nah|nothing)[\s,.!]*)?(?:that'?s|thats|that is|that was)\s+(?:all|it|everything)(?:\s+(?:thanks|thank you|for now))?[\s.!]*$|^(?:no[\s,.!]*)?nothing(?:\s+else)?(?:\s+(?:thanks|thank you))?[\s.!]*$")]
    private static partial Regex Closing();
}
