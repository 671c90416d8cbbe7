namespace BotCare.Web;

/// <summary>
/// Counts follow-ups sent per channel in the current minute (on the injected clock), so one pass never sends more than
/// <see cref="FollowUpOptions.MaxPerMinutePerChannel"/> to a channel. Used by one scheduler pass at a time.
/// </summary>
public sealed class ChannelPacing(TimeProvider time, int perMinute)
{
    private readonly Dictionary<string, (DateTimeOffset WindowStart, int Sent)> _windows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes one send for <paramref name="channelId"/>; false when its minute is used up.</summary>
    public bool TryTake(string channelId)
    {
        var now = time.GetUtcNow();
        var window = _windows.TryGetValue(channelId, out var current) && now - current.WindowStart < TimeSpan.FromMinutes(1)
            ? current
            : (now, 0);
        if (window.Item2 >= perMinute)
        {
            _windows[channelId] = window;
            return false;
        }

        _windows[channelId] = (window.Item1, window.Item2 + 1);
        return true;
    }
}
