using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// What the bot says about remedies (playbook steps 8 to 15): ask before suggesting; say yes plainly; say no
/// with a positive and an alternative in the same breath, never "per our policy"; state the solution before
/// acting; then say exactly what happens next and when.
/// </summary>
internal static class RemedyResponses
{
    public const string NotSureButton = "I'm not sure";

    public static string AskWhatWouldMakeItRight(RecoveryState state) => Phrases.Pick(
        state,
        "askRemedy",
        "What would make this right for you?",
        "What would you like us to do to put this right?");

    public const string AskRetry = "Sorry, I didn't quite catch that. What would you like us to do: a refund, a replacement, a repair, or something else? If you're not sure, just say so.";


    public const string AgreementRetry = "Sorry, shall I go ahead with that? Yes or no is fine, or tell me what you'd prefer.";

    public static string Accepted(RecoveryState state, Remedy remedy) =>
        $"{Phrases.Pick(state, "acceptPreface", "Of course.", "That's fair.", "Absolutely.")} I'll {RemedyWording.Offer(remedy, state)}. Shall I go ahead?";

    public static string Suggested(Remedy remedy, RecoveryState state) =>
        $"Here's what I suggest: I'll {RemedyWording.Offer(remedy, state)}. Would that work for you?";

    /// <summary>A clear no, said with a positive, and the best alternative in the same message.</summary>
    public static string CounterOffer(PolicyDecision decision, RecoveryState state) =>
        $"{Capitalize(decision.Explanation)}, but here's what I can do: I'll {RemedyWording.Offer(decision.Remedy, state)}. Would that work for you?";

    /// <summary>
    /// Holding the line (playbook step 11): the same offer, the fact from the record when there is one, no
    /// accusation, and honesty that a person will look at the order too.
    /// </summary>
    public static string StandFirm(Remedy remedy, RecoveryState state, string? fact) =>
        $"{(fact is null ? string.Empty : fact + " ")}I can't offer more than this here, but I can {RemedyWording.Offer(remedy, state)}. I've also asked a colleague to review the order. Shall I go ahead?";

    public static string Done(Remedy remedy, RecoveryState state, string checkIn, IReadOnlyList<string> references) =>
        $"Done: {RemedyWording.Done(remedy, state)}. {checkIn} {(references.Count == 1 ? "Your reference is" : "Your references are")} {JoinAnd(references)}.";

    private static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    public static string CheckIn(string when, RemedyType type, RecoveryState state) =>
        type == RemedyType.Redo
            ? "I'll message you the evening before your visit to confirm it."
            : $"I'll check in with you {when} to make sure {RemedyWording.CheckIn(type, state)}.";

    /// <summary>Honest about not knowing, with a concrete time (playbook step 14).</summary>
    public static string WillGetBack(string? noted, string team, string by) =>
        $"{noted}I can't sort this out myself right now, and I'd rather not guess. I'll look into it with our {team} and get back to you here {by}.".TrimStart();

    public static string Noted(RemedyType type) => type switch
    {
        RemedyType.Refund => "I've noted that you'd like a refund. ",
        RemedyType.Replacement => "I've noted that you'd like a replacement. ",
        RemedyType.Repair => "I've noted that you'd like it repaired. ",
        RemedyType.Credit => "I've noted that you'd like a credit. ",
        RemedyType.Cancellation => "I've noted that you'd like to cancel. ",
        _ => string.Empty,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
