namespace BotCare.Dialogs;

/// <summary>What the bot says when it repeats the story back (playbook step 4).</summary>
internal static class RepeatBackResponses
{
    public static string Retell(RecoveryState state, string story, int issueCount, bool corrected) => corrected
        ? $"Thanks for putting me right. So: {story}. Is that right now?"
        : issueCount > 1
            ? Phrases.Pick(state, "retellMany", $"Let me make sure I have it all: {story}. Is that right?", $"So that I have it all: {story}. Did I get that right?")
            : Phrases.Pick(state, "retellOne", $"Let me make sure I have it right: {story}. Is that right?", $"So, {story}. Did I get that right?");

    public const string Retry = "Sorry, is that right? A yes or no is fine.";

    public const string WhatDidIMiss = "Sorry about that. What did I miss?";
}
