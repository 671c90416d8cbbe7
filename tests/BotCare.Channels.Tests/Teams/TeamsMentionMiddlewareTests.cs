using BotCare.Builder.Testing;

namespace BotCare.Channels.Tests.Teams;

public sealed class TeamsMentionMiddlewareTests
{
    [Theory]
    [InlineData("msteams", "my order is late")]
    [InlineData("slack", "<at>BotCare</at> my order is late")]
    public async Task RemovesTheBotsOwnMentionInTeamsOnly(string channel, string expected)
    {
        string? seen = null;
        var adapter = new TestAdapter(channel).Use(new TeamsMentionMiddleware());
        var activity = MessageFactory.Text("<at>BotCare</at> my order is late");
        activity.Entities = [Entity.From(new Mention { Mentioned = new ChannelAccount("bot", "BotCare"), Text = "<at>BotCare</at>" })];

        await adapter.ProcessActivityAsync(activity, (turn, _) =>
        {
            seen = turn.Activity.Text;
            return Task.CompletedTask;
        });

        Assert.Equal(expected, seen);
    }
}
