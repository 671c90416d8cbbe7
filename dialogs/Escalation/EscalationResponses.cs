using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// What the bot says when it hands over (playbook step 18): why, what it will pass on so nobody asks the
/// customer to repeat the story, and what happens next.
/// </summary>
internal static class EscalationResponses
{
    public static string Why(EscalationReason reason, string detail) => reason switch
    {
        EscalationReason.CustomerAsked => "I'll get you to a person.",
        EscalationReason.AngerRising => "I can hear this is getting more frustrating, and I'm sorry. I'll bring in a colleague who can do more than I can.",
        EscalationReason.NotUnderstood => "I'm sorry, I'm not getting this right. I'll bring in a colleague.",
        EscalationReason.CounterOfferRefused => "That's fair enough. A colleague can look at other options, so I'll bring them in.",
        EscalationReason.NeedsApproval => $"{Capitalize(detail)}, so I'm passing your request on now.",
        EscalationReason.GeneralUnhappiness => "This deserves a proper conversation with a person, so I'll bring in a colleague.",
        EscalationReason.SuspectedAbuse => "Okay. A colleague will review the order in full and take it from here.",
        EscalationReason.Recontact => "I can see you've been in touch about this order before, and I'm sorry it still isn't right. I'll bring in a colleague straight away, ahead of the queue.",
        EscalationReason.NotSatisfiedAfterFollowUp => "I'm sorry it still isn't right. I've re-opened your case and I'll bring in a colleague to put it right.",
        _ => "I'll bring in a colleague who can sort this out.",
    };

    /// <summary>The brief with a question, when the customer has not confirmed the story yet.</summary>
    public static string Brief(string story) =>
        $"So they don't ask you to repeat anything, here's what I'll pass on: {story}. Is that right?";

    /// <summary>The brief as a statement, once the customer already confirmed the story.</summary>
    public static string PassingOn(string story) =>
        $"They'll have everything you've told me: {story}.";

    public const string WhatIsItAbout = "So they can help right away, what is it about, in a sentence?";

    public const string WhatToChange = "What should I add or change?";

    public static string PassedOn(string team, bool confirmed) =>
        confirmed
            ? $"Thanks. I've passed this to our {team}, and a person will join this chat shortly. They'll have everything you've told me."
            : $"I've passed this to our {team}, and a person will join this chat shortly.";

    public const string StillWaiting = "A colleague has everything you've told me and will reply here as soon as they can.";

    /// <summary>The customer chose not to wait for a person: the promise of when the team will be in touch.</summary>
    public static string WillContactYou(string team, string by) =>
        $"Of course. Our {team} will contact you here {by}, and they already have everything you've told me. You don't need to stay in the chat.";

    public static string HandoffFailed(string team, string by) =>
        $"I'm sorry, I couldn't reach a colleague just now. Our {team} will get back to you here {by}; they already have everything you've told me.";

    /// <summary>Back from a colleague: thanks for waiting, and what they recorded, quoted as they wrote it.</summary>
    public static string Back(string? noted) =>
        noted is null
            ? "Thanks for bearing with us. I'm back with you."
            : $"Thanks for bearing with us. I'm back with you. My colleague noted: {noted}{(noted[^1] is '.' or '!' or '?' ? string.Empty : ".")}";

    /// <summary>The close when the closing questions were asked before the hand-over.</summary>
    public const string Goodbye = "If anything else comes up, just write here. Take care.";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
