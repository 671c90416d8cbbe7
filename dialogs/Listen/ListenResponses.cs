using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>What the bot says while it listens (playbook steps 1, 2 and 6): calm, short, and sorry in proportion.</summary>
internal static class ListenResponses
{
    public const string Welcome = "Hi, I'm BotCare. I'm here to help put things right. What happened?";

    public const string AskAgain = "I'm here to help with anything that went wrong. Could you tell me what happened?";

    public const string NothingElseButton = "No, that's all";

    public const string Noted = "Thanks, I've noted that.";

    public const string YoureWelcome = "You're welcome. If anything else comes up, just send a message.";

    public static string AskWhatHappenedFirst(RecoveryState state) => Phrases.Pick(
        state,
        "askStoryFirst",
        "I can help with that. So I get it right, could you first tell me what went wrong?",
        "Of course. Before we sort it out, could you tell me what went wrong?");

    /// <summary>
    /// An apology for the problems just heard, worded by how upset the customer is, and counting them when
    /// several went wrong at once. Insults get the same calm apology, never a lecture.
    /// </summary>
    public static string Apology(RecoveryState state, IReadOnlyList<Issue> newIssues, AngerLevel level, DateTimeOffset now)
    {
        if (newIssues.Count >= 2)
        {
            var brief = level switch
            {
                AngerLevel.Furious => "I'm truly sorry.",
                AngerLevel.Upset => "I'm really sorry.",
                _ => "I'm sorry.",
            };
            return $"{brief} That's {CountWord(newIssues.Count)} things going wrong at once{ServiceAside(newIssues)}.";
        }

        var sorry = level switch
        {
            AngerLevel.Furious => Phrases.Pick(state, "sorryFurious", "I'm truly sorry. I can hear how angry this has made you, and you have every reason to be.", "I'm so sorry. You have every right to be angry about this.", "I'm truly sorry, this should never have happened."),
            AngerLevel.Upset => Phrases.Pick(state, "sorryUpset", "I'm really sorry. I can see why you'd be upset.", "I'm really sorry, that's not the experience you should have had.", "I'm so sorry, I understand why you're upset."),
            AngerLevel.Annoyed => Phrases.Pick(state, "sorryAnnoyed", "I'm sorry, that's frustrating.", "I'm sorry, that shouldn't have happened.", "That's really annoying, I'm sorry."),
            _ => Phrases.Pick(state, "sorryCalm", "I'm sorry about that.", "Sorry to hear that.", "I'm sorry that happened."),
        };

        var arrivedRecently = state.Order?.DeliveredAt is { } delivered && newIssues.Count == 1 && newIssues[0].Category == IssueCategory.Product
            && (now - delivered).TotalDays <= 14 && sorry.EndsWith("frustrating.", StringComparison.Ordinal);
        return arrivedRecently ? sorry.TrimEnd('.') + ", especially so soon after it arrived." : sorry;
    }

    /// <summary>How the customer was treated hurts on its own: name it ("being hung up on is the last thing you needed").</summary>
    private static string ServiceAside(IReadOnlyList<Issue> issues)
    {
        var service = issues.FirstOrDefault(i => i.Category == IssueCategory.Service)?.Description.ToLowerInvariant() ?? string.Empty;
        var treatment = service switch
        {
            _ when service.Contains("hung up", StringComparison.Ordinal) => "being hung up on",
            _ when service.Contains("ignored", StringComparison.Ordinal) || service.Contains("no one", StringComparison.Ordinal) || service.Contains("nobody", StringComparison.Ordinal) => "being ignored",
            _ when service.Contains("rude", StringComparison.Ordinal) => "being spoken to rudely",
            _ when service.Contains("on hold", StringComparison.Ordinal) => "being kept on hold",
            _ => null,
        };
        return treatment is null ? string.Empty : $", and {treatment} is the last thing you needed";
    }

    public static string AnythingElse(RecoveryState state) => Phrases.Pick(
        state,
        "anythingElse",
        "Is there anything else that went wrong?",
        "Is there anything else I should know?",
        "Is there anything more I should know?");

    public static string NotedAnythingElse(RecoveryState state) => Phrases.Pick(
        state,
        "notedAnythingElse",
        "Thanks, I've noted that. Anything else?",
        "Got it. Is there anything more?",
        "Noted. Anything else I should know?");

    private static string CountWord(int count) => count switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        _ => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
