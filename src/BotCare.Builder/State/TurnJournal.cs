using System.Security.Cryptography;
using System.Text;

namespace BotCare.Builder;

/// <summary>
/// Which activities a conversation has already processed, kept in its own state so it is saved in the same write
/// as the turn's effects: a channel redelivering an activity (after a slow answer, or after this process died)
/// finds it here and is answered once, never processed twice. The replies to the newest activity are kept for a
/// client that asked for them in the HTTP response (<c>expectReplies</c>) and never got that response.
/// </summary>
public sealed class TurnJournal
{
    /// <summary>Channels redeliver the last few activities at most; older ids fall out.</summary>
    public const int Capacity = 16;

    /// <summary>Short fingerprints of the processed activities' channel and id, newest last.</summary>
    public List<string> Processed { get; set; } = [];

    /// <summary>What the newest activity was answered with, when its client reads replies from the response.</summary>
    public List<Activity>? LastReplies { get; set; }

    /// <summary>The fingerprint of an activity a channel may send again, or null for one it cannot (no id, proactive).</summary>
    public static string? KeyOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation)
        {
            return null;
        }

        // 12 hex digits of a hash: small in every conversation's state, and a collision among 16 ids is negligible.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Id}"));
        return Convert.ToHexStringLower(hash, 0, 6);
    }

    public bool HasProcessed(string key) => Processed.Contains(key, StringComparer.Ordinal);

    /// <summary>Records the activity as processed, with its replies when they must be replayable.</summary>
    public void Record(string key, IReadOnlyList<Activity>? replies)
    {
        Processed.Add(key);
        if (Processed.Count > Capacity)
        {
            Processed.RemoveRange(0, Processed.Count - Capacity);
        }

        LastReplies = replies?.Select(Compact).ToList();
    }

    /// <summary>A reply without what the redelivered activity supplies again (addresses, conversation, ids).</summary>
    private static Activity Compact(Activity reply)
    {
        var copy = reply.Clone();
        copy.Conversation = null;
        copy.From = null;
        copy.Recipient = null;
        copy.ServiceUrl = null;
        copy.ChannelId = null;
        copy.ReplyToId = null;
        copy.Id = null;
        return copy;
    }
}
