using BotCare.Builder;
using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>Transcripts in PostgreSQL: one row per logged activity, paged as <see cref="TranscriptPages"/> describes.</summary>
public sealed class PostgresTranscriptStore : ITranscriptStore
{
    private readonly PostgresDatabase _database;

    public PostgresTranscriptStore(PostgresDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        LogActivitiesAsync([activity], cancellationToken);

    /// <summary>All in one round trip and one transaction (a batch is atomic), in the order given.</summary>
    public async Task LogActivitiesAsync(IReadOnlyList<IActivity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var records = activities.Select(TranscriptPages.ToRecord).ToList();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (channelId, conversationId, at, json) in records)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO transcripts (channel_id, conversation_id, at, document) VALUES (@channel, @conversation, @at, @document);");
            command.Parameters.Add(new NpgsqlParameter<string>("channel", channelId));
            command.Parameters.Add(new NpgsqlParameter<string>("conversation", conversationId));
            command.Parameters.Add(new NpgsqlParameter<long>("at", at));
            command.Parameters.Add(new NpgsqlParameter<string>("document", json));
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var (afterAt, afterSequence) = TranscriptPages.Parse(continuationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT seq, at, document FROM transcripts
            WHERE channel_id = @channel AND conversation_id = @conversation AND at >= @start AND (at, seq) > (@afterAt, @afterSeq)
            ORDER BY at, seq LIMIT @limit;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string>("channel", channelId));
        command.Parameters.Add(new NpgsqlParameter<string>("conversation", conversationId));
        command.Parameters.Add(new NpgsqlParameter<long>("start", TranscriptPages.SortKey(startDate)));
        command.Parameters.Add(new NpgsqlParameter<long>("afterAt", afterAt));
        command.Parameters.Add(new NpgsqlParameter<long>("afterSeq", afterSequence));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", TranscriptPages.PageSize + 1));

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await TranscriptPages.ActivityPageAsync(reader, cancellationToken);
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var offset = TranscriptPages.ParseOffset(continuationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT conversation_id, MIN(at) AS created FROM transcripts WHERE channel_id = @channel
            GROUP BY conversation_id ORDER BY created, conversation_id LIMIT @limit OFFSET @offset;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string>("channel", channelId));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", TranscriptPages.PageSize + 1));
        command.Parameters.Add(new NpgsqlParameter<int>("offset", offset));

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await TranscriptPages.ConversationPageAsync(channelId, reader, offset, cancellationToken);
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM transcripts WHERE channel_id = @channel AND conversation_id = @conversation;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("channel", channelId));
        command.Parameters.Add(new NpgsqlParameter<string>("conversation", conversationId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM transcripts WHERE conversation_id = @conversation;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("conversation", conversationId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
