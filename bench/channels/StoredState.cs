using Microsoft.Data.Sqlite;
using Npgsql;

namespace BotCare.Channels.Bench;

/// <summary>
/// How much a finished recovery conversation leaves in storage: its conversation state document (dialog stack,
/// turn journal, recovery state) and its case record, read straight from the database BotCare wrote, in bytes of
/// UTF-8 as stored. Transcripts are reported beside them, since they grow with the conversation's length.
/// </summary>
internal static class StoredState
{
    /// <summary>The conversation ids measured: fresh ones, run one after the other once the load is over.</summary>
    public const int Conversations = 20;

    public static async Task<SizeResult> MeasureAsync(string target, string provider, string connectionString, string conversationPrefix)
    {
        var state = new Dictionary<string, long>(StringComparer.Ordinal);
        var cases = new Dictionary<string, long>(StringComparer.Ordinal);
        var transcripts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (provider == "Sqlite")
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await ReadAsync(connection, "SELECT substr(key, instr(key, '/conversations/') + 15), length(CAST(document AS BLOB)) FROM state WHERE key LIKE '%/conversations/' || @prefix || '%'", conversationPrefix, state, p => new SqliteParameter("@prefix", p));
            await ReadAsync(connection, "SELECT conversation_id, length(CAST(document AS BLOB)) FROM cases WHERE conversation_id LIKE @prefix || '%'", conversationPrefix, cases, p => new SqliteParameter("@prefix", p));
            await ReadAsync(connection, "SELECT conversation_id, SUM(length(CAST(document AS BLOB))) FROM transcripts WHERE conversation_id LIKE @prefix || '%' GROUP BY conversation_id", conversationPrefix, transcripts, p => new SqliteParameter("@prefix", p));
        }
        else
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await ReadAsync(connection, "SELECT split_part(key, '/conversations/', 2), octet_length(document) FROM state WHERE key LIKE '%/conversations/' || @prefix || '%'", conversationPrefix, state, p => new NpgsqlParameter("prefix", p));
            await ReadAsync(connection, "SELECT conversation_id, octet_length(document) FROM cases WHERE conversation_id LIKE @prefix || '%'", conversationPrefix, cases, p => new NpgsqlParameter("prefix", p));
            await ReadAsync(connection, "SELECT conversation_id, SUM(octet_length(document)) FROM transcripts WHERE conversation_id LIKE @prefix || '%' GROUP BY conversation_id", conversationPrefix, transcripts, p => new NpgsqlParameter("prefix", p));
        }

        var totals = state.Keys.Select(id => state[id] + cases.GetValueOrDefault(id)).ToList();
        return new SizeResult(
            target,
            state.Count,
            cases.Count,
            state.Count == 0 ? 0 : state.Values.Average(),
            cases.Count == 0 ? 0 : cases.Values.Average(),
            totals.Count == 0 ? 0 : totals.Max(),
            transcripts.Count == 0 ? 0 : transcripts.Values.Average());
    }

    private static async Task ReadAsync(System.Data.Common.DbConnection connection, string sql, string prefix, Dictionary<string, long> into, Func<string, System.Data.Common.DbParameter> parameter)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(parameter(prefix));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            into[reader.GetString(0)] = reader.GetInt64(1);
        }
    }
}

/// <summary>Stored bytes per conversation for one target: averages, and the largest state plus case.</summary>
internal sealed record SizeResult(string Target, int Conversations, int Cases, double StateBytes, double CaseBytes, long MaxTotalBytes, double TranscriptBytes)
{
    public double TotalBytes => StateBytes + CaseBytes;
}
