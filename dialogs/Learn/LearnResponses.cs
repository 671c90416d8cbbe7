namespace BotCare.Dialogs;

/// <summary>What the bot says when it asks how the problem could have been avoided (playbook step 16), and when it closes.</summary>
internal static class LearnResponses
{
    public const string Ask = "One last thing: is there anything we could have done to avoid this?";

    public const string NotReallyButton = "Not really";

    public const string ThanksForIdea = "Thank you, that's genuinely useful. I've passed it on to the team. Take care.";

    public const string ThanksAnyway = "No problem. Thanks for your patience, and sorry once more for the trouble. Take care.";
}
