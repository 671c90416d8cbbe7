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
            return Task.FromResult(Page<IActivity>(ordered, a => a.Id, continuationToken));
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
            return Task.FromResult(Page(transcripts, t => t.Id, continuationToken));
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

    /// <summary>Pages by the id of the last item returned, so a page boundary survives new items arriving.</summary>
    private static PagedResult<T> Page<T>(IReadOnlyList<T> ordered, Func<T, string?> idOf, string? continuationToken)
    {
        var start = 0;
        if (continuationToken is not null)
        {
            var index = ordered.ToList().FindIndex(item => idOf(item) == continuationToken);
            start = index < 0 ? ordered.Count : index + 1;
        }

        var items = ordered.Skip(start).Take(PageSize).ToArray();
        var more = start + items.Length < ordered.Count;
        return new PagedResult<T> { Items = items, ContinuationToken = more ? idOf(items[^1]) : null };
    }
}
