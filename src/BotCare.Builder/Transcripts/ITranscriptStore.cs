namespace BotCare.Builder;

/// <summary>A transcript logger that can also list, read back and delete transcripts.</summary>
public interface ITranscriptStore : ITranscriptLogger
{
    /// <summary>
    /// A page of a conversation's activities in the order they happened, those at or after
    /// <paramref name="startDate"/> only; pass the returned continuation token to get the next page.
    /// </summary>
    Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default, CancellationToken cancellationToken = default);

    /// <summary>A page of the conversations recorded on a channel, oldest first.</summary>
    Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null, CancellationToken cancellationToken = default);

    Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the conversation's transcript on every channel (erasure knows a conversation id, not always its
    /// channel); returns how many activities were removed.
    /// </summary>
    Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
