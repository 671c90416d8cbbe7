using Microsoft.Extensions.Time.Testing;

namespace BotCare.Web.Tests.Agents;

public sealed class LiveConversationsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AChatIsListedWithItsCustomerAndLatestMessageUntilItGoesIdle()
    {
        var live = new LiveConversations(_time);
        live.Saw("c1", "msteams", "Ann", fromCustomer: true, "my order is late");
        _time.Advance(TimeSpan.FromMinutes(1));
        live.Saw("c1", "msteams", null, fromCustomer: false, "I'm sorry to hear that");

        var chat = Assert.Single(live.List());
        Assert.Equal(("Ann", "I'm sorry to hear that", 2), (chat.CustomerName, chat.LastText, chat.Messages));

        _time.Advance(LiveConversations.IdleAfter);
        Assert.Empty(live.List());
        Assert.Null(live.Find("c1"));
    }

    [Fact]
    public void BeyondItsCapacityTheLongestIdleChatsAreForgotten()
    {
        var live = new LiveConversations(_time);
        for (var i = 0; i < LiveConversations.Capacity + 600; i++)
        {
            live.Saw($"c{i}", "directline", null, fromCustomer: true, "hi");
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var listed = live.List();
        Assert.Equal(LiveConversations.Capacity, listed.Count);
        Assert.Null(live.Find("c0"));
        Assert.NotNull(live.Find($"c{LiveConversations.Capacity + 599}"));
    }
}
