using BotCare.Builder.Testing;

namespace BotCare.Builder.Dialogs.Tests;

/// <summary>
/// The SDK test shape for a single prompt: the first message begins the prompt with <c>options</c>; when the
/// prompt completes, <c>describe</c> turns its result into a reply the test can assert.
/// </summary>
internal static class PromptHarness
{
    public static TestFlow Flow(Dialog prompt, PromptOptions options, Func<object?, string> describe, string channelId = Channels.Test, string? conversationType = null)
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter(channelId).Use(new AutoSaveStateMiddleware(conversationState));
        adapter.Conversation.Conversation!.ConversationType = conversationType;
        var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")).Add(prompt);

        return new TestFlow(adapter, async (turnContext, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            var results = await dc.ContinueDialogAsync(ct);
            if (results.Status == DialogTurnStatus.Empty)
            {
                await dc.PromptAsync(prompt.Id, Copy(options), ct);
            }
            else if (results.Status == DialogTurnStatus.Complete)
            {
                await turnContext.SendActivityAsync(describe(results.Result), cancellationToken: ct);
            }
        });
    }

    public static PromptOptions Ask(string text, string? retry = null, int? maxAttempts = null, IList<Choice>? choices = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        MaxAttempts = maxAttempts,
        Choices = choices,
    };

    /// <summary>Each conversation gets its own options, as a dialog would build them per turn.</summary>
    private static PromptOptions Copy(PromptOptions options) => BotJson.Convert<PromptOptions>(BotJson.SerializeToElement(options))!;
}
