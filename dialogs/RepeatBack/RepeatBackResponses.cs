namespace BotCare.Dialogs;

/// <summary>What the bot says when it repeats the story back (playbook step 4).</summary>
internal static class RepeatBackResponses
{
    public static string Retell(RecoveryState state, string story, int issueCount, bool corrected) => corrected
        ? Phrases.Pick(state, "retellCorrected", $"Thanks for putting me right. So: {story}. Have I got it now?", $"Thank you. So: {story}. Is that it?")
        : issueCount > 1
            ? Phrases.Pick(state, "retellMany", $"Let me make sure I have it all: {story}. Is that right?", $"So that I have it all: {story}. Did I get that right?")
            : Phrases.Pick(state, "retellOne", $"Let me make sure I have it right: {story}. Is that right?", $"So, {story}. Did I get that right?");

    public const string Retry = "Sorry, is that right? A yes or no is fine.";

    public static string WhatDidIMiss(RecoveryState state) => Phrases.Pick(state, "whatDidIMiss", "Sorry about that. What did I miss?", "Sorry. What should I change?");
}
