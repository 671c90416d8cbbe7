using System.Collections.Concurrent;

namespace BotCare.Web.Tests;

/// <summary>Instance signals as a test sees them: what this instance sent, and a way to deliver one "from another instance".</summary>
internal sealed class RecordingInstanceSignals : IInstanceSignals
{
    private readonly ConcurrentDictionary<string, List<Action<InstanceSignal>>> _listeners = new();

    public ConcurrentQueue<InstanceSignal> Sent { get; } = new();

    public Task SendAsync(InstanceSignal signal, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(signal);
        return Task.CompletedTask;
    }

    public IDisposable Listen(string topic, Action<InstanceSignal> listener)
    {
        var listeners = _listeners.GetOrAdd(topic, _ => []);
        lock (listeners)
        {
            listeners.Add(listener);
        }

        return new Subscription(() =>
        {
            lock (listeners)
            {
                listeners.Remove(listener);
            }
        });
    }

    /// <summary>As if another instance had sent <paramref name="signal"/>.</summary>
    public void Deliver(InstanceSignal signal)
    {
        if (_listeners.TryGetValue(signal.Topic, out var listeners))
        {
            lock (listeners)
            {
                listeners.ForEach(listener => listener(signal));
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
