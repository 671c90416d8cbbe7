namespace BotCare.Channels.Tests.Connector;

public sealed class ConversationPacerTests
{
    [Fact]
    public async Task HoldsATeamsConversationToItsRateAndLetsOthersThrough()
    {
        using var pacer = new ConversationPacer(messagesPerSecond: 2);
        var teams = Activity("msteams", "19:a");

        await pacer.WaitAsync(teams, CancellationToken.None);
        await pacer.WaitAsync(teams, CancellationToken.None);
        var third = pacer.WaitAsync(teams, CancellationToken.None).AsTask();
        var otherConversation = pacer.WaitAsync(Activity("msteams", "19:b"), CancellationToken.None).AsTask();
        var slack = pacer.WaitAsync(Activity("slack", "19:a"), CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted, "the third message in the same second should wait");
        Assert.True(otherConversation.IsCompletedSuccessfully);
        Assert.True(slack.IsCompletedSuccessfully);
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static Activity Activity(string channel, string conversation) => new(ActivityTypes.Message)
    {
        ChannelId = channel,
        Conversation = new ConversationAccount(id: conversation),
    };
}
