namespace BotCare.Builder;

/// <summary>
/// Signals when there is only one instance (memory or SQLite storage): there is nobody else to tell, so sending
/// does nothing and listeners are never called.
/// </summary>
public sealed class SingleInstanceSignals : IInstanceSignals
{
    public Task SendAsync(InstanceSignal signal, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public IDisposable Listen(string topic, Action<InstanceSignal> listener) => NoSubscription.Instance;

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
