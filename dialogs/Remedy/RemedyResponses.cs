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

    public const string WhatWouldWorkBetter = "Okay. What would work better for you?";

    public const string AgreementRetry = "Sorry, shall I go ahead with that? Yes or no is fine, or tell me what you'd prefer.";

    public static string Accepted(RecoveryState state, Remedy remedy) =>
        $"{Phrases.Pick(state, "acceptPreface", "That's fair.", "Of course.", "That's reasonable.")} I'll {RemedyWording.Offer(remedy, state)}. Shall I go ahead?";

    public static string Suggested(Remedy remedy, RecoveryState state) =>
        $"Here's what I suggest: I'll {RemedyWording.Offer(remedy, state)}. Would that work for you?";

    /// <summary>A clear no, said with a positive, and the best alternative in the same message.</summary>
    public static string CounterOffer(PolicyDecision decision, RecoveryState state) => decision.Reason switch
    {
        PolicyReason.CompensationNotPaid => $"I can't pay for losses beyond the order itself, but here is what I can do: {RemedyWording.Offer(decision.Remedy, state)}. Would that work for you?",
        _ => $"{Capitalize(decision.Explanation)}, so here is what I can do: {RemedyWording.Offer(decision.Remedy, state)}. Would that work for you?",
    };

    public static string StandFirm(Remedy remedy, RecoveryState state) =>
        $"I understand. I've looked at this order carefully, and the best I can offer is to {RemedyWording.Offer(remedy, state)}. Shall I go ahead with that?";

    public static string Done(Remedy remedy, RecoveryState state, string checkIn, IEnumerable<string> references) =>
        $"Done: {RemedyWording.Done(remedy, state)}. {checkIn} Your reference is {string.Join(", ", references)}.";

    public static string CheckIn(string when, RemedyType type, RecoveryState state) =>
        type == RemedyType.Redo
            ? $"I'll message you {when} to confirm the visit."
            : $"I'll check in with you {when} to make sure {RemedyWording.CheckIn(type, state)}.";

    /// <summary>Honest about not knowing, with a concrete time (playbook step 14).</summary>
    public static string WillGetBack(string team, string by) =>
        $"I can't sort this out myself right now, and I don't want to guess. I'll look into it with our {team} and get back to you {by}.";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
