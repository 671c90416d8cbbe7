using BotCare.Builder.Testing;

namespace BotCare.Channels.Tests.Slack;

public sealed class SlackFormattingMiddlewareTests
{
    [Fact]
    public async Task CustomerWordsRepeatedToSlackCannotPingTheChannelOrBreakFormatting()
    {
        var adapter = new TestAdapter("slack").Use(new SlackFormattingMiddleware());

        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync($"You said: {turn.Activity.Text}", cancellationToken: ct))
            .Send("<!channel> fix this & <@U123>")
            .AssertReply(sent =>
            {
                var reply = (Activity)sent;
                Assert.Equal("You said: &lt;!channel&gt; fix this &amp; &lt;@U123&gt;", reply.Text);
                Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OtherChannelsGetTheTextAsWritten()
    {
        var adapter = new TestAdapter("msteams").Use(new SlackFormattingMiddleware());

        await new TestFlow(adapter, (turn, ct) => turn.SendActivityAsync("a & b", cancellationToken: ct))
            .Send("hi")
            .AssertReply("a & b")
            .StartTestAsync();
    }
}
