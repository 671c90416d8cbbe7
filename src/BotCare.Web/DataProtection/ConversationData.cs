using BotCare.Builder;
using BotCare.Cases;
using BotCare.Channels;

namespace BotCare.Web;

/// <summary>
/// Everything kept about one conversation outside its case: the bot's state (dialog stack, the recovery state with
/// its copy of the case, the handoff ownership record, the agents' notes), the Direct Line log, the transcript, the
/// queue entry, lines in the outage log and the live-chat list. Erasure and retention both drop it through here, so
/// the two can never disagree about what a conversation's data is.
/// </summary>
public sealed class ConversationData(IStorage storage, ITranscriptStore transcripts, IEscalationQueue queue, DirectLineStore directLine, OutageLog outage, LiveConversations live)
{
    public const string StoreState = "conversation and user state";
    public const string StoreDirectLine = "Direct Line logs";
    public const string StoreTranscripts = "transcripts";
    public const string StoreQueue = "escalation queue";
    public const string StoreOutage = "outage log";
    public const string StoreLive = "live-chat list";

    /// <summary>The stores a conversation's data is in, in the order reports list them.</summary>
    public static readonly string[] Stores = [StoreState, StoreDirectLine, StoreTranscripts, StoreQueue, StoreOutage, StoreLive];

    /// <summary>
    /// The channels BotCare serves. State keys start with the channel id, which a conversation without a case does not
    /// tell; deleting a key that does not exist costs nothing, so every one is tried.
    /// </summary>
    public static readonly string[] KnownChannels = [Builder.Channels.Directline, Builder.Channels.Webchat, Builder.Channels.Msteams, Builder.Channels.Slack, Builder.Channels.Emulator, Builder.Channels.Test];

    /// <summary>Drops the conversation's data; returns the user ids found in it (its Direct Line log and queue entry).</summary>
    public async Task<IReadOnlySet<string>> DropAsync(string conversationId, IEnumerable<string> channels, IEnumerable<string> userIds, RemovalLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var users = new HashSet<string>(userIds, StringComparer.Ordinal);
        var channelIds = channels.Concat(KnownChannels).Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).ToList();

        foreach (var store in Stores)
        {
            ledger.Store(store);
        }

        if (await directLine.DeleteAsync(conversationId, cancellationToken) is { } directLineUser)
        {
            users.Add(directLineUser);
            ledger.Add(StoreDirectLine, $"directline/{conversationId}");
        }

        if (await queue.GetAsync(conversationId, cancellationToken) is { } entry)
        {
            users.Add(entry.CustomerId);
            channelIds.Add(entry.ChannelId);
            if (await queue.DeleteAsync(conversationId, cancellationToken))
            {
                ledger.Add(StoreQueue, conversationId);
            }
        }

        var keys = channelIds.Distinct(StringComparer.Ordinal).SelectMany(channel => users
            .Select(user => $"{ConversationState.StorageKeyFor(channel, conversationId)}/users/{user}")
            .Prepend(ConversationState.StorageKeyFor(channel, conversationId)));
        await DeleteExistingKeysAsync(keys, ledger, cancellationToken);

        ledger.Add(StoreTranscripts, $"{conversationId}: transcript", await transcripts.DeleteConversationAsync(conversationId, cancellationToken));
        ledger.Add(StoreOutage, $"{conversationId}: outage lines", await outage.RemoveAsync(new HashSet<string>([conversationId]), new HashSet<string>(users)));
        ledger.Add(StoreLive, conversationId, live.Forget(conversationId) ? 1 : 0);
        return users;
    }

    /// <summary>Drops the user's state across conversations (<c>{channel}/users/{userId}</c>) on every channel.</summary>
    public Task DropUserStateAsync(string userId, IEnumerable<string> channels, RemovalLedger ledger, CancellationToken cancellationToken) =>
        DeleteExistingKeysAsync(channels.Concat(KnownChannels).Distinct(StringComparer.Ordinal).Select(channel => $"{channel}/users/{userId}"), ledger, cancellationToken);

    private async Task DeleteExistingKeysAsync(IEnumerable<string> candidates, RemovalLedger ledger, CancellationToken cancellationToken)
    {
        var keys = candidates.Distinct(StringComparer.Ordinal).ToArray();
        ledger.Store(StoreState);
        if (keys.Length == 0)
        {
            return;
        }

        // Read first, so the report names only what existed.
        var existing = (await storage.ReadAsync(keys, cancellationToken)).Keys.ToArray();
        if (existing.Length > 0)
        {
            await storage.DeleteAsync(existing, cancellationToken);
            foreach (var key in existing)
            {
                ledger.Add(StoreState, key);
            }
        }
    }
}
