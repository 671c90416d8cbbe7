using System.Data.Common;
using System.Globalization;

namespace BotCare.Builder;

/// <summary>
/// How database transcript stores page, written once. A conversation's records are ordered by timestamp and then by
/// the order they were logged; a page's continuation token is the position of its last record in that order, so a
/// record logged while someone pages is neither skipped nor repeated. Message ids cannot be the token: an update or
/// delete record carries the id of the message it changes.
/// </summary>
public static class TranscriptPages
{
    /// <summary>Records per page, as the memory store.</summary>
    public const int PageSize = MemoryTranscriptStore.PageSize;

    /// <summary>The sort key of a timestamp: UTC ticks, with no timestamp first.</summary>
    public static long SortKey(DateTimeOffset? timestamp) => timestamp?.UtcTicks ?? 0;

    /// <summary>The token that continues after the record at (<paramref name="at"/>, <paramref name="sequence"/>).</summary>
    public static string After(long at, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{at}.{sequence}");

    /// <summary>The position a token continues after; (-1, -1) for none. A token this store did not give is an error.</summary>
    public static (long At, long Sequence) Parse(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return (-1, -1);
        }

        var parts = continuationToken.Split('.');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var at)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return (at, sequence);
        }

        throw new ArgumentException($"'{continuationToken}' is not a continuation token of this store.", nameof(continuationToken));
    }

    /// <summary>The offset a conversation-list token stands for; 0 for none.</summary>
    public static int ParseOffset(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return 0;
        }

        return int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw new ArgumentException($"'{continuationToken}' is not a continuation token of this store.", nameof(continuationToken));
    }

    /// <summary>The activity as a database store keeps it, refusing one that names no channel or conversation.</summary>
    public static (string ChannelId, string ConversationId, long At, string Json) ToRecord(IActivity activity)
    {
        var (channelId, conversationId, at, logged) = Checked(activity);
        return (channelId, conversationId, at, BotJson.Serialize(logged));
    }

    /// <summary>As <see cref="ToRecord"/>, with the JSON as UTF-8 for a store that binds it as it is.</summary>
    public static (string ChannelId, string ConversationId, long At, byte[] Utf8Json) ToUtf8Record(IActivity activity)
    {
        var (channelId, conversationId, at, logged) = Checked(activity);
        return (channelId, conversationId, at, BotJson.SerializeToUtf8Bytes(logged));
    }

    private static (string ChannelId, string ConversationId, long At, Activity Activity) Checked(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelId ?? throw new ArgumentException("The activity has no channelId.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        return (channelId, conversationId, SortKey(activity.Timestamp), activity as Activity ?? throw new ArgumentException("Only Activity instances can be logged.", nameof(activity)));
    }

    /// <summary>
    /// A page of activities from a query returning <c>seq, at, document</c> in order, limited to <see cref="PageSize"/>
    /// + 1 rows: the extra row only tells that another page follows.
    /// </summary>
    public static async Task<PagedResult<IActivity>> ActivityPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<(long Sequence, long At, string Json)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        }

        var page = rows.Take(PageSize).ToList();
        return new PagedResult<IActivity>
        {
            Items = [.. page.Select(row => (IActivity)BotJson.Deserialize<Activity>(row.Json)!)],
            ContinuationToken = rows.Count > PageSize ? After(page[^1].At, page[^1].Sequence) : null,
        };
    }

    /// <summary>
    /// A page of a channel's conversations from a query returning <c>conversation_id, created</c> from
    /// <paramref name="offset"/>, limited to <see cref="PageSize"/> + 1 rows.
    /// </summary>
    public static async Task<PagedResult<TranscriptInfo>> ConversationPageAsync(string channelId, DbDataReader reader, int offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<TranscriptInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TranscriptInfo { ChannelId = channelId, Id = reader.GetString(0), Created = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero) });
        }

        return new PagedResult<TranscriptInfo>
        {
            Items = [.. rows.Take(PageSize)],
            ContinuationToken = rows.Count > PageSize ? (offset + PageSize).ToString(CultureInfo.InvariantCulture) : null,
        };
    }
}
