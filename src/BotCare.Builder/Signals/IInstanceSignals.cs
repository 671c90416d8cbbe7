namespace BotCare.Builder;

/// <summary>
/// Tells the other BotCare instances sharing one store that something about a conversation changed, so that the
/// instance holding a customer's live connection (a Direct Line WebSocket, later an agent's console) shows it at
/// once even though the change was written by another instance. A signal carries no state of its own that
/// matters: a listener re-reads the store, and a lost signal costs only latency (streams still look on a timer).
/// </summary>
public interface IInstanceSignals
{
    /// <summary>
    /// Sends <paramref name="signal"/> to every other instance; this instance's own listeners are not called (the
    /// code that changed something tells its own side directly). Best effort: failures are logged, never thrown,
    /// because the change itself is already stored.
    /// </summary>
    Task SendAsync(InstanceSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="listener"/> for every signal on <paramref name="topic"/> sent by another instance, until disposed.</summary>
    IDisposable Listen(string topic, Action<InstanceSignal> listener);
}
