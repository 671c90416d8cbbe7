using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BotCare.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// Signals between instances over PostgreSQL <c>LISTEN</c>/<c>NOTIFY</c>: the database every instance already
/// shares delivers each notification to every listening connection, after the sender's statement commits, so no
/// broker and no cluster protocol of our own is needed. The channel is named after the schema, so two deployments
/// sharing one database (or parallel test runs) never hear each other.
/// <para>
/// One connection per instance listens, started when the first listener registers. When it breaks (the server
/// restarted, the network dropped) it reconnects with back-off; signals sent meanwhile are lost, which only means
/// that Direct Line streams find the change at their next re-read instead of at once.
/// </para>
/// </summary>
public sealed partial class PostgresInstanceSignals : IInstanceSignals, IAsyncDisposable
{
    /// <summary>How long the listening connection waits for a notification before checking the server is still there.</summary>
    /// <summary>PostgreSQL refuses notifications of 8000 bytes or more.</summary>
    private const int MaxNotificationBytes = 7900;

    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(30);

    private readonly PostgresDatabase _database;
    private readonly ILogger _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, Action<InstanceSignal>[]> _listeners = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private string? _channel;

    public PostgresInstanceSignals(PostgresDatabase database, ILogger<PostgresInstanceSignals>? logger = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _logger = logger ?? NullLogger<PostgresInstanceSignals>.Instance;
    }

    /// <summary>Completes once this instance is listening (the first listener starts it); for tests and diagnostics.</summary>
    internal Task Listening
    {
        get
        {
            lock (_lock)
            {
                return _listening.Task;
            }
        }
    }

    public async Task SendAsync(InstanceSignal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var payload = signal.Payload is { Length: <= InstanceSignal.MaxPayloadLength } small ? small : null;
        var message = JsonSerializer.Serialize(new Envelope(_instance, signal.Topic, signal.ConversationId, payload), EnvelopeJson.Default.Envelope);
        if (Encoding.UTF8.GetByteCount(message) > MaxNotificationBytes)
        {
            // Escaping and multi-byte text made it too large after all: say only that something changed.
            message = JsonSerializer.Serialize(new Envelope(_instance, signal.Topic, signal.ConversationId, null), EnvelopeJson.Default.Envelope);
        }

        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            var channel = await ChannelAsync(connection, cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @message);", connection);
            command.Parameters.AddWithValue("channel", channel);
            command.Parameters.AddWithValue("message", message);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change is stored; the other instances will find it when they re-read.
            LogSendFailed(ex, signal.Topic, signal.ConversationId);
        }
    }

    public IDisposable Listen(string topic, Action<InstanceSignal> listener)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(listener);
        _listeners.AddOrUpdate(topic, _ => [listener], (_, existing) => [.. existing, listener]);
        lock (_lock)
        {
            _loop ??= Task.Run(ListenLoopAsync);
        }

        return new Subscription(() =>
        {
            while (_listeners.TryGetValue(topic, out var current)
                && !_listeners.TryUpdate(topic, [.. current.Where(l => l != listener)], current))
            {
                // Someone else changed the list meanwhile: try again on the newer one.
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Task? loop;
        lock (_lock)
        {
            loop = _loop;
        }

        if (loop is not null)
        {
            await loop;
        }

        _stop.Dispose();
    }

    private async Task ListenLoopAsync()
    {
        var backOff = TimeSpan.FromMilliseconds(250);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _database.OpenAsync(_stop.Token);
                connection.Notification += OnNotification;
                var channel = await ChannelAsync(connection, _stop.Token);
                await using (var listen = new NpgsqlCommand($"LISTEN {QuotedIdentifier(channel)};", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                lock (_lock)
                {
                    _listening.TrySetResult();
                }

                backOff = TimeSpan.FromMilliseconds(250);
                while (true)
                {
                    if (!await connection.WaitAsync(IdleCheck, _stop.Token))
                    {
                        // Nothing for a while: a round trip proves the connection (and so the LISTEN) is still alive.
                        await using var ping = new NpgsqlCommand("SELECT 1;", connection);
                        await ping.ExecuteScalarAsync(_stop.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(ex, backOff.TotalMilliseconds);
                lock (_lock)
                {
                    if (_listening.Task.IsCompleted)
                    {
                        _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    }
                }

                try
                {
                    await Task.Delay(backOff, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(e.Payload, EnvelopeJson.Default.Envelope);
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex);
            return;
        }

        if (envelope is null || envelope.Instance == _instance || !_listeners.TryGetValue(envelope.Topic, out var listeners))
        {
            return;
        }

        var signal = new InstanceSignal(envelope.Topic, envelope.ConversationId, envelope.Payload);
        foreach (var listener in listeners)
        {
            try
            {
                listener(signal);
            }
            catch (Exception ex)
            {
                // One broken listener must not keep the signal from the others, nor break the listening connection.
                LogListenerFailed(ex, signal.Topic, signal.ConversationId);
            }
        }
    }

    /// <summary>The channel of this schema: every instance on the same schema computes the same name.</summary>
    private async Task<string> ChannelAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_channel is { } known)
        {
            return known;
        }

        await using var command = new NpgsqlCommand("SELECT current_schema();", connection);
        var schema = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "public";
        var name = "botcare_signals:" + schema;

        // PostgreSQL identifiers (and so channel names) are at most 63 bytes.
        _channel = name.Length <= 63 ? name : name[..63];
        return _channel;
    }

    private static string QuotedIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not signal other instances about {Topic} {ConversationId}; they will find the change when they re-read.")]
    private partial void LogSendFailed(Exception exception, string topic, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' signals failed; reconnecting in {DelayMilliseconds} ms.")]
    private partial void LogListenFailed(Exception exception, double delayMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an unreadable signal from another instance.")]
    private partial void LogUnreadable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A listener failed on signal {Topic} {ConversationId}.")]
    private partial void LogListenerFailed(Exception exception, string topic, string conversationId);

    internal sealed record Envelope(
        [property: JsonPropertyName("i")] string Instance,
        [property: JsonPropertyName("t")] string Topic,
        [property: JsonPropertyName("c")] string ConversationId,
        [property: JsonPropertyName("p")] string? Payload);

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

/// <summary>Source-generated JSON for the signal envelope: small, and no reflection on the notification thread.</summary>
[JsonSerializable(typeof(PostgresInstanceSignals.Envelope))]
internal sealed partial class EnvelopeJson : JsonSerializerContext;
