using System.Globalization;
using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>What the bot says when it comes back to check on a remedy (playbook step 17), and when it asks for a rating.</summary>
internal static class FollowUpResponses
{
    public const string Sorted = "Yes, all sorted";

    public const string NotYet = "No, not yet";

    public const string NoComment = "No, that's all";

    /// <summary>The check-in: what was agreed, in the customer's terms, and one question about it.</summary>
    /// <param name="case">The case followed up.</param>
    /// <param name="spokeAt">When the remedy was agreed, on the company's clock.</param>
    /// <param name="today">Today on the company's clock.</param>
    /// <param name="state">The conversation, for the wording of the remedy.</param>
    public static string CheckIn(Case @case, DateTime spokeAt, DateTime today, RecoveryState state)
    {
        var about = @case.OrderNumber is { } order ? $"your order {order}" : "your problem";
        var when = spokeAt.Date == today.Date ? "earlier today" : "on " + spokeAt.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        var type = @case.Agreement?.Remedy.PrimaryType ?? RemedyType.None;
        return $"Hello again. When we spoke {when} about {about}, I said I'd check in to make sure {RemedyWording.CheckIn(type, state)}. Is everything sorted now?";
    }

    public const string CheckInRetry = "Sorry, I didn't catch that. Is everything sorted now?";

    public const string AskRating = "I'm glad to hear it. How would you rate the way we handled this, from 1 (poor) to 5 (excellent)?";

    public const string AskRatingRetry = "Please pick a number from 1 (poor) to 5 (excellent).";

    public const string AskComment = "Thank you. Is there anything you'd like to tell us about it?";

    public static string Thanks(int score) => score >= 4
        ? "Thank you, that's good to hear. Have a lovely day."
        : "Thank you for being honest with us. I've passed your rating on, so we can do better next time.";

    public const string ThanksNoRating = "Thank you for letting me know. Have a lovely day.";
}
