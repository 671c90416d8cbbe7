namespace BotCare.Builder;

/// <summary>Transcripts in process memory, for tests and a single developer instance.</summary>
public sealed class MemoryTranscriptStore : ITranscriptStore
{
    public const int PageSize = 20;

    private readonly Dictionary<string, Dictionary<string, List<Activity>>> _channels = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = ((activity as Activity) ?? throw new ArgumentException("Only Activity instances can be logged.", nameof(activity))).Clone();
        var channelId = copy.ChannelId ?? throw new ArgumentException("The activity has no channelId.", nameof(activity));
        var conversationId = copy.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        lock (_lock)
        {
            if (!_channels.TryGetValue(channelId, out var conversations))
            {
                conversations = new Dictionary<string, List<Activity>>(StringComparer.Ordinal);
                _channels[channelId] = conversations;
            }

            if (!conversations.TryGetValue(conversationId, out var transcript))
            {
                transcript = [];
                conversations[conversationId] = transcript;
            }

            transcript.Add(copy);
        }

        return Task.CompletedTask;
    }

    public Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            var activities = _channels.GetValueOrDefault(channelId)?.GetValueOrDefault(conversationId) ?? [];
            var ordered = activities
                .Where(a => (a.Timestamp ?? DateTimeOffset.MinValue) >= startDate)
                .OrderBy(a => a.Timestamp)
                .Select(a => a.Clone())
                .ToList();
            return Task.FromResult(Page<IActivity>(ordered, continuationToken));
        }
    }

    public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        lock (_lock)
        {
            var transcripts = (_channels.GetValueOrDefault(channelId) ?? [])
                .Select(c => new TranscriptInfo
                {
                    ChannelId = channelId,
                    Id = c.Key,
                    Created = c.Value.Min(a => a.Timestamp) ?? DateTimeOffset.MinValue,
                })
                .OrderBy(t => t.Created)
                .ToList();
            return Task.FromResult(Page(transcripts, continuationToken));
        }
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_lock)
        {
            _channels.GetValueOrDefault(channelId)?.Remove(conversationId);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Pages by position. Ids cannot be the token: an update or delete record carries the id of the message it
    /// changes, so the same id appears more than once.
    /// </summary>
    private static PagedResult<T> Page<T>(IReadOnlyList<T> ordered, string? continuationToken)
    {
        var start = 0;
        if (continuationToken is not null
            && (!int.TryParse(continuationToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out start) || start > ordered.Count))
        {
            throw new ArgumentException($"'{continuationToken}' is not a continuation token of this store.", nameof(continuationToken));
        }

        var items = ordered.Skip(start).Take(PageSize).ToArray();
        var end = start + items.Length;
        return new PagedResult<T>
        {
            Items = items,
            ContinuationToken = end < ordered.Count ? end.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var removed = 0;
        lock (_lock)
        {
            foreach (var conversations in _channels.Values)
            {
                if (conversations.Remove(conversationId, out var activities))
                {
                    removed += activities.Count;
                }
            }
        }

        return Task.FromResult(removed);
    }
}
