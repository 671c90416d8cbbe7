namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>Conversations that cannot or should not be resumed start again gracefully instead of failing or confusing.</summary>
public sealed class FreshStartTests
{
    private const string Opening = "the headphones i ordered last week stopped charging after 2 days. really disappointed";

    [Fact]
    public async Task AConversationIdlePastTheTimeoutStartsAgainWithAGreeting()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send(Opening)
            .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
            .StartTestAsync();

        harness.Clock.Advance(TimeSpan.FromHours(25));
        await harness.Flow()
            .Send(Opening)
            .AssertReply("Welcome back! It's been a while, so let's start from the beginning.")
            .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
            .StartTestAsync();
    }

    [Fact]
    public async Task AConversationQuietForLessThanTheTimeoutCarriesOn()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send(Opening)
            .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
            .StartTestAsync();

        harness.Clock.Advance(TimeSpan.FromHours(23));
        await harness.Flow()
            .Send("no thats it")
            .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AStackSavedByAnEarlierVersionOfTheDialogsIsRestartedWithAnApology()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send(Opening)
            .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
            .StartTestAsync();

        // As a deploy of new dialogs finds it: the saved session names the version before.
        var key = $"{Channels.Webchat}/conversations/{harness.Adapter.Conversation.Conversation!.Id}";
        var document = (Dictionary<string, object?>)(await harness.Storage.ReadAsync([key]))[key];
        var session = BotJson.Convert<ConversationSession>(document[nameof(ConversationSession)])!;
        session.DialogsVersion = RecoveryBot.DialogsVersion - 1;
        document[nameof(ConversationSession)] = session;
        document["eTag"] = "*";
        await harness.Storage.WriteAsync(new Dictionary<string, object> { [key] = document });

        await harness.Flow()
            .Send("no thats it")
            .AssertReply("I'm sorry, I've been updated since we last spoke and can't pick up exactly where we left off. Nothing you told us is lost; let's start from the beginning.")
            .AssertReply(reply => Assert.DoesNotContain("order or booking number", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();
    }
}
