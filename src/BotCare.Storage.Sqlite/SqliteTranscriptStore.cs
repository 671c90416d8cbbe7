using BotCare.Builder;

namespace BotCare.Storage.Sqlite;

/// <summary>Transcripts in SQLite: one row per logged activity, paged as <see cref="TranscriptPages"/> describes.</summary>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    private readonly SqliteDatabase _database;

    public SqliteTranscriptStore(SqliteDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        LogActivitiesAsync([activity], cancellationToken);

    /// <summary>All in one write, so they share one commit and keep their order.</summary>
    public async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var records = activities.Select(TranscriptPages.ToUtf8Record).ToList();
        await _database.WriteAsync(async turn =>
        {
            foreach (var (channelId, conversationId, at, json) in records)
            {
                var command = turn.Statement("INSERT INTO transcripts (channel_id, conversation_id, at, document) VALUES ($channel, $conversation, $at, CAST($document AS TEXT));");
                command.Parameters.AddWithValue("$channel", channelId);
                command.Parameters.AddWithValue("$conversation", conversationId);
                command.Parameters.AddWithValue("$at", at);
                command.Parameters.AddWithValue("$document", json);
                await command.ExecuteNonQueryAsync();
            }
        }, cancellationToken);
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var (afterAt, afterSequence) = TranscriptPages.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, at, document FROM transcripts
            WHERE channel_id = $channel AND conversation_id = $conversation AND at >= $start AND (at, seq) > ($afterAt, $afterSeq)
            ORDER BY at, seq LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$start", TranscriptPages.SortKey(startDate));
        command.Parameters.AddWithValue("$afterAt", afterAt);
        command.Parameters.AddWithValue("$afterSeq", afterSequence);
        command.Parameters.AddWithValue("$limit", TranscriptPages.PageSize + 1);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await TranscriptPages.ActivityPageAsync(reader, cancellationToken);
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var offset = TranscriptPages.ParseOffset(continuationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT conversation_id, MIN(at) AS created FROM transcripts WHERE channel_id = $channel
            GROUP BY conversation_id ORDER BY created, conversation_id LIMIT $limit OFFSET $offset;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$limit", TranscriptPages.PageSize + 1);
        command.Parameters.AddWithValue("$offset", offset);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await TranscriptPages.ConversationPageAsync(channelId, reader, offset, cancellationToken);
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM transcripts WHERE channel_id = $channel AND conversation_id = $conversation;");
            command.Parameters.AddWithValue("$channel", channelId);
            command.Parameters.AddWithValue("$conversation", conversationId);
            await command.ExecuteNonQueryAsync();
        }, cancellationToken);
    }

    public async Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM transcripts WHERE conversation_id = $conversation;");
            command.Parameters.AddWithValue("$conversation", conversationId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed;
    }
}
