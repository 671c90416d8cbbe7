using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using BotCare.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCare.Channels;

/// <summary>
/// Direct Line WebSocket streams: each pushes <see cref="ActivitySet"/> text frames (what the log holds after
/// the client's watermark, then every new activity and typing), an empty frame when idle so proxies keep the
/// socket open, and ignores what the client sends (DirectLineJS pings with empty strings). One stream per
/// conversation: a second one closes the first with reason <c>collision</c>, as the Direct Line service does.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly DirectLineStore _store;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineStreams> _logger;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _open = new(StringComparer.Ordinal);

    public DirectLineStreams(DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineStreams> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger;
    }

    /// <summary>Serves the socket until the client leaves, the app stops, or a newer stream takes over.</summary>
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var replaced = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        _open.AddOrUpdate(conversationId, replaced, (_, older) =>
        {
            previous = older;
            return replaced;
        });
        await CancelQuietlyAsync(previous);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, replaced.Token);
        var signals = Channel.CreateUnbounded<Activity?>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = _store.Subscribe(conversationId, activity => signals.Writer.TryWrite(activity));
        var receiving = DiscardClientFramesAsync(socket, stop);
        try
        {
            await PushAsync(socket, conversationId, watermark, signals.Reader, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left, the app is stopping, or a newer stream took over.
        }
        catch (WebSocketException ex)
        {
            _logger.LogDebug(ex, "Direct Line stream for {ConversationId} broke.", conversationId);
        }
        catch (DirectLineStorageException ex)
        {
            // The client reconnects (and replays from its watermark) once storage is back.
            _logger.LogWarning(ex, "Direct Line stream for {ConversationId} closed: storage unavailable.", conversationId);
        }
        finally
        {
            _open.TryRemove(new KeyValuePair<string, CancellationTokenSource>(conversationId, replaced));
            await CloseAsync(socket, replaced.IsCancellationRequested ? "collision" : "closing");
            await stop.CancelAsync();
            await receiving;
        }
    }

    private async Task PushAsync(WebSocket socket, string conversationId, long watermark, ChannelReader<Activity?> signals, CancellationToken cancellationToken)
    {
        var keepAlive = TimeSpan.FromSeconds(_options.KeepAliveSeconds);
        var recheck = TimeSpan.FromSeconds(Math.Max(1, _options.StreamRecheckSeconds));
        var lastSent = _clock.GetUtcNow();
        watermark = await PushNewAsync(socket, conversationId, watermark, cancellationToken);
        while (socket.State == WebSocketState.Open)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(recheck);
            var signalled = false;
            try
            {
                signalled = await signals.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // No news on this instance for a while: look anyway, another instance may have added to the log.
            }

            var logChanged = !signalled;
            while (signals.TryRead(out var signal))
            {
                if (signal is null)
                {
                    logChanged = true;
                }
                else
                {
                    // Typing is not in the log, so it moves nothing: it carries the position already sent, and a
                    // client that keeps the watermark of every set stays where it was.
                    await SendAsync(socket, new ActivitySet([signal], watermark.ToString(CultureInfo.InvariantCulture)), cancellationToken);
                    lastSent = _clock.GetUtcNow();
                }
            }

            if (logChanged)
            {
                var before = watermark;
                try
                {
                    watermark = await PushNewAsync(socket, conversationId, watermark, cancellationToken);
                }
                catch (DirectLineStorageException ex)
                {
                    // Keep the stream open: notices still reach the customer, and the next look may succeed.
                    _logger.LogWarning(ex, "Could not read Direct Line conversation {ConversationId}; will look again.", conversationId);
                }

                if (watermark != before)
                {
                    lastSent = _clock.GetUtcNow();
                }
            }

            if (_clock.GetUtcNow() - lastSent >= keepAlive)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                lastSent = _clock.GetUtcNow();
            }
        }
    }

    /// <summary>Sends what the log holds after <paramref name="watermark"/>; returns the new watermark.</summary>
    private async Task<long> PushNewAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var after = await _store.ReadAfterAsync(conversationId, watermark, cancellationToken);
        if (after is not { Count: > 0 })
        {
            return watermark;
        }

        var last = after[^1].Sequence;
        await SendAsync(socket, new ActivitySet([.. after.Select(a => a.Activity)], last.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return last;
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads and drops client frames (pings); a close from the client ends the stream.</summary>
    private static async Task DiscardClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, stop.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The stream is ending either way.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The client is already gone.
            }
        }
    }

    private static async Task CancelQuietlyAsync(CancellationTokenSource? source)
    {
        try
        {
            if (source is not null)
            {
                await source.CancelAsync();
            }
        }
        catch (ObjectDisposedException)
        {
            // That stream already ended.
        }
    }
}
