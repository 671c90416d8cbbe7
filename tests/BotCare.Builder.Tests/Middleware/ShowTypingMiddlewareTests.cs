using BotCare.Builder.Testing;

namespace BotCare.Builder.Tests.Middleware;

public sealed class ShowTypingMiddlewareTests
{
    [Fact]
    public async Task ASlowAnswerIsPrecededByTyping()
    {
        var adapter = new TestAdapter().Use(new ShowTypingMiddleware(delay: 10, period: 1000));

        await new TestFlow(adapter, async (ctx, ct) =>
            {
                await Task.Delay(300, ct);
                await ctx.SendActivityAsync("Here is what I found.", cancellationToken: ct);
            })
            .Send("where is my order")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply("Here is what I found.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AQuickAnswerShowsNoTyping()
    {
        var adapter = new TestAdapter().Use(new ShowTypingMiddleware(delay: 500, period: 1000));

        await new TestFlow(adapter, (ctx, ct) => ctx.SendActivityAsync("Hi!", cancellationToken: ct))
            .Send("hello")
            .AssertReply("Hi!")
            .AssertNoReply(timeout: 700)
            .StartTestAsync();
    }

    [Fact]
    public async Task TypingDoesNotCountAsAnAnswer()
    {
        var adapter = new TestAdapter().Use(new ShowTypingMiddleware(delay: 0, period: 50));
        var responded = true;

        await adapter.SendTextToBotAsync("hello", async (ctx, ct) =>
        {
            await Task.Delay(200, ct);
            responded = ctx.Responded;
        });

        Assert.False(responded);
        Assert.Equal(ActivityTypes.Typing, adapter.GetNextReply()!.Type);
    }
}
