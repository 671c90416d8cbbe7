namespace BotCare.Channels.Tests.DirectLine;

/// <summary>
/// Two instances' Direct Line stores on one storage, linked by signals as PostgreSQL LISTEN/NOTIFY links them:
/// a stream held by one instance hears at once about what the other wrote or showed.
/// </summary>
public sealed class DirectLineStoreSignalTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private readonly MemoryStorage _storage = new();
    private readonly SignalHub _hub = new();

    [Fact]
    public async Task AnActivityAppendedOnOneInstanceWakesStreamsOnTheOther()
    {
        using var a = new DirectLineStore(_storage, _hub.Join());
        using var b = new DirectLineStore(_storage, _hub.Join());
        await a.TryCreateAsync(new DirectLineConversation("c1", "u1", Now));
        var heardOnA = new List<Activity?>();
        var heardOnB = new List<Activity?>();
        using var streamA = a.Subscribe("c1", heardOnA.Add);
        using var streamB = b.Subscribe("c1", heardOnB.Add);
        using var elsewhere = b.Subscribe("c2", _ => Assert.Fail("another conversation's stream was woken"));

        await a.AppendAsync("c1", MessageFactory.Text("your replacement ships today"));

        // Null means "the log grew": B's stream reads after its watermark and finds the reply A wrote.
        Assert.Equal([null], heardOnB);
        Assert.Equal([null], heardOnA);
        Assert.Equal("your replacement ships today", (await b.ReadAfterAsync("c1", -1))!.Single().Activity.Text);
    }

    [Fact]
    public async Task TypingShownOnOneInstanceReachesStreamsOnTheOtherAsItIs()
    {
        using var a = new DirectLineStore(_storage, _hub.Join());
        using var b = new DirectLineStore(_storage, _hub.Join());
        var heardOnB = new List<Activity?>();
        using var streamB = b.Subscribe("c1", heardOnB.Add);

        a.Publish("c1", new Activity { Type = ActivityTypes.Typing, From = new ChannelAccount("agent-7", "Dana") });

        var typing = Assert.Single(heardOnB);
        Assert.Equal(ActivityTypes.Typing, typing!.Type);
        Assert.Equal("Dana", typing.From!.Name);
    }

    [Fact]
    public async Task ADisposedStoreStopsListening()
    {
        using var a = new DirectLineStore(_storage, _hub.Join());
        var b = new DirectLineStore(_storage, _hub.Join());
        await a.TryCreateAsync(new DirectLineConversation("c1", "u1", Now));
        var heardOnB = new List<Activity?>();
        using var streamB = b.Subscribe("c1", heardOnB.Add);
        b.Dispose();

        await a.AppendAsync("c1", MessageFactory.Text("hello"));

        Assert.Empty(heardOnB);
    }

    /// <summary>Signals between instances in one process: each member hears what the others send, never itself.</summary>
    private sealed class SignalHub
    {
        private readonly List<Member> _members = [];

        public IInstanceSignals Join()
        {
            var member = new Member(this);
            _members.Add(member);
            return member;
        }

        private sealed class Member(SignalHub hub) : IInstanceSignals
        {
            private readonly List<(string Topic, Action<InstanceSignal> Listener)> _listeners = [];

            public Task SendAsync(InstanceSignal signal, CancellationToken cancellationToken = default)
            {
                foreach (var other in hub._members.Where(m => m != this))
                {
                    foreach (var (topic, listener) in other._listeners.ToList().Where(l => l.Topic == signal.Topic))
                    {
                        listener(signal);
                    }
                }

                return Task.CompletedTask;
            }

            public IDisposable Listen(string topic, Action<InstanceSignal> listener)
            {
                var entry = (topic, listener);
                _listeners.Add(entry);
                return new Unlisten(() => _listeners.Remove(entry));
            }
        }

        private sealed class Unlisten(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }
}
