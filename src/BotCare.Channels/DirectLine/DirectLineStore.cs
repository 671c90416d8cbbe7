using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using BotCare.Builder;

namespace BotCare.Channels;

/// <summary>
/// Direct Line conversations and their activities, kept in bot storage (SQLite, PostgreSQL or memory) so a
/// conversation survives a restart and any instance can serve it. Live streams on this instance are told about
/// every change at once; streams on other instances are told through <see cref="IInstanceSignals"/> (PostgreSQL
/// LISTEN/NOTIFY when several instances share a database) and, should a signal be lost, find the change when they
/// re-read the log (see <see cref="DirectLineStreams"/>).
/// </summary>
public sealed class DirectLineStore : IDisposable
{
    /// <summary>The signal topic for Direct Line logs; a signal without payload means "the log changed".</summary>
    public const string SignalTopic = "directline";

    private const int MaxAttempts = 8;

    private readonly IStorage _storage;
    private readonly IInstanceSignals _signals;
    private readonly IDisposable _listening;
    private readonly ConcurrentDictionary<string, ImmutableListeners> _listeners = new(StringComparer.Ordinal);

    /// <summary>A store for a single instance.</summary>
    public DirectLineStore(IStorage storage)
        : this(storage, new SingleInstanceSignals())
    {
    }

    public DirectLineStore(IStorage storage, IInstanceSignals signals)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _listening = _signals.Listen(SignalTopic, signal => Notify(signal.ConversationId, ActivityIn(signal)));
    }

    public async Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var log = await ReadLogAsync(conversationId, cancellationToken);
        return log is null ? null : new DirectLineConversation(log.ConversationId, log.UserId, log.StartedAt);
    }

    /// <summary>Starts the conversation; false when it already existed (so exactly one caller ever gets true).</summary>
    public async Task<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var log = new DirectLineLog { ConversationId = conversation.Id, UserId = conversation.UserId, StartedAt = conversation.StartedAt };
        try
        {
            // A null ETag writes only a key that does not exist yet: the storage decides who created it.
            return await Guard(async () =>
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [KeyOf(conversation.Id)] = log }, cancellationToken);
                return true;
            }, conversation.Id);
        }
        catch (ETagConflictException)
        {
            return false;
        }
    }

    /// <summary>Adds an activity at the end and gives it its id, <c>{conversationId}|{sequence:D7}</c>.</summary>
    public async Task<StoredActivity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var stored = await ChangeAsync(conversationId, log =>
        {
            var sequence = log.Activities.Count;
            var copy = activity.Clone();
            copy.Id = IdOf(conversationId, sequence);
            log.Activities.Add(copy);
            return new StoredActivity(sequence, copy);
        }, cancellationToken);
        Notify(conversationId, null);
        await _signals.SendAsync(new InstanceSignal(SignalTopic, conversationId), cancellationToken);
        return stored!;
    }

    /// <summary>Replaces the activity with the same id (an edit the bot made) and shows it to live streams.</summary>
    public async Task<bool> UpdateAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var updated = await ChangeAsync(conversationId, log =>
        {
            var index = log.Activities.FindIndex(a => a.Id == activity.Id);
            if (index < 0)
            {
                return (StoredActivity?)null;
            }

            log.Activities[index] = activity.Clone();
            return new StoredActivity(index, log.Activities[index]);
        }, cancellationToken);

        if (updated is not null)
        {
            // Web Chat replaces an activity it already shows when the same id arrives again.
            Notify(conversationId, updated.Activity);
            await _signals.SendAsync(SignalOf(conversationId, updated.Activity), cancellationToken);
        }

        return updated is not null;
    }

    /// <summary>Activities after <paramref name="watermark"/> (-1 for all), oldest first; null for an unknown conversation.</summary>
    public async Task<IReadOnlyList<StoredActivity>?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken = default)
    {
        var log = await ReadLogAsync(conversationId, cancellationToken);
        if (log is null)
        {
            return null;
        }

        var after = new List<StoredActivity>();
        for (var sequence = (int)Math.Max(0, watermark + 1); sequence < log.Activities.Count; sequence++)
        {
            after.Add(new StoredActivity(sequence, log.Activities[sequence]));
        }

        return after;
    }

    /// <summary>
    /// Shows an activity to live streams without keeping it (typing): Direct Line delivers typing only over a
    /// WebSocket, and a replay should not show old typing indicators.
    /// </summary>
    public void Publish(string conversationId, Activity transient)
    {
        ArgumentNullException.ThrowIfNull(transient);
        Notify(conversationId, transient);

        // Not awaited: typing is shown or not, and sending a signal never throws.
        _ = _signals.SendAsync(SignalOf(conversationId, transient));
    }

    /// <summary>
    /// Calls <paramref name="listener"/> on every change on this instance: with null when the log grew or changed
    /// (read after your watermark), with an activity to show as it is. Disposing stops it.
    /// </summary>
    public IDisposable Subscribe(string conversationId, Action<Activity?> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        _listeners.AddOrUpdate(conversationId, _ => new([listener]), (_, existing) => existing.With(listener));
        return new Subscription(() =>
        {
            // Remove only this listener; drop the entry when it was the last one so idle conversations cost nothing.
            while (_listeners.TryGetValue(conversationId, out var current))
            {
                var remaining = current.Without(listener);
                if (remaining.IsEmpty
                    ? _listeners.TryRemove(new KeyValuePair<string, ImmutableListeners>(conversationId, current))
                    : _listeners.TryUpdate(conversationId, remaining, current))
                {
                    return;
                }
            }
        });
    }

    /// <summary>Activity ids as the Direct Line service writes them: <c>abc123|0000012</c>.</summary>
    public static string IdOf(string conversationId, long sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    public void Dispose() => _listening.Dispose();

    private static string KeyOf(string conversationId) => $"directline/{conversationId}";

    /// <summary>A signal showing <paramref name="activity"/> as it is, or just "the log changed" when it is too large to carry.</summary>
    private static InstanceSignal SignalOf(string conversationId, Activity activity)
    {
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        return new InstanceSignal(SignalTopic, conversationId, json.Length <= InstanceSignal.MaxPayloadLength ? json : null);
    }

    private static Activity? ActivityIn(InstanceSignal signal) =>
        signal.Payload is null ? null : JsonSerializer.Deserialize<Activity>(signal.Payload, BotJson.Options);

    private async Task<DirectLineLog?> ReadLogAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(conversationId);
        var items = await Guard(() => _storage.ReadAsync<DirectLineLog>([key], cancellationToken), conversationId);
        return items.TryGetValue(key, out var log) ? log : null;
    }

    /// <summary>Storage failures become one exception type, so callers can tell "storage is down" from a bug.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> operation, string conversationId)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ETagConflictException or DirectLineStorageException))
        {
            throw new DirectLineStorageException($"Storage failed for Direct Line conversation '{conversationId}'.", ex);
        }
    }

    /// <summary>Read, change, write with the ETag read; another writer in between means read again and retry.</summary>
    private async Task<T> ChangeAsync<T>(string conversationId, Func<DirectLineLog, T> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var log = await ReadLogAsync(conversationId, cancellationToken)
                ?? throw new KeyNotFoundException($"No Direct Line conversation '{conversationId}'.");
            var result = change(log);
            try
            {
                return await Guard(async () =>
                {
                    await _storage.WriteAsync(new Dictionary<string, object> { [KeyOf(conversationId)] = log }, cancellationToken);
                    return result;
                }, conversationId);
            }
            catch (ETagConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    private void Notify(string conversationId, Activity? activity)
    {
        if (_listeners.TryGetValue(conversationId, out var listeners))
        {
            foreach (var listener in listeners.Items)
            {
                listener(activity);
            }
        }
    }

    /// <summary>
    /// Deletes the conversation's log (erasure, retention) and returns the customer's user id it held, or null when
    /// there was no log. Live streams find nothing more to send; a token for it can no longer start a conversation.
    /// </summary>
    public async Task<string?> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (await ReadLogAsync(conversationId, cancellationToken) is not { } log)
        {
            return null;
        }

        await Guard(async () =>
        {
            await _storage.DeleteAsync([KeyOf(conversationId)], cancellationToken);
            return true;
        }, conversationId);
        return log.UserId;
    }

    /// <summary>A copy-on-write listener list, so notifying never holds a lock.</summary>
    private sealed class ImmutableListeners(Action<Activity?>[] items)
    {
        public Action<Activity?>[] Items { get; } = items;

        public bool IsEmpty => Items.Length == 0;

        public ImmutableListeners With(Action<Activity?> listener) => new([.. Items, listener]);

        public ImmutableListeners Without(Action<Activity?> listener) => new([.. Items.Where(l => l != listener)]);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
