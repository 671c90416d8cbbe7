using System.Collections.Concurrent;

namespace BotCare.Web;

/// <summary>
/// The chats going on now, as this instance sees them: each conversation's channel, customer, last message and when,
/// for supervisors to see every live chat (with the bot, waiting, or with an agent) and watch one. Kept in memory and
/// forgotten after <see cref="IdleAfter"/> without a message; with several instances each lists the chats it served.
/// </summary>
public sealed class LiveConversations(TimeProvider time)
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(30);

    /// <summary>At most this many chats are remembered; the longest idle go first.</summary>
    public const int Capacity = 5000;

    private readonly ConcurrentDictionary<string, LiveConversation> _chats = new(StringComparer.Ordinal);

    /// <summary>A message of the chat: the customer's (<paramref name="fromCustomer"/>) or one sent to them.</summary>
    public void Saw(string conversationId, string channelId, string? customerName, bool fromCustomer, string text)
    {
        var now = time.GetUtcNow();
        _chats.AddOrUpdate(
            conversationId,
            _ => new LiveConversation(conversationId, channelId, fromCustomer ? customerName : null, text, now, now, 1),
            (_, known) => known with
            {
                CustomerName = fromCustomer && !string.IsNullOrEmpty(customerName) ? customerName : known.CustomerName,
                LastText = text,
                LastAt = now,
                Messages = known.Messages + 1,
            });
        if (_chats.Count > Capacity)
        {
            foreach (var idle in _chats.Values.OrderBy(c => c.LastAt).Take(_chats.Count - Capacity))
            {
                _chats.TryRemove(idle.ConversationId, out _);
            }
        }
    }

    public LiveConversation? Find(string conversationId) =>
        _chats.TryGetValue(conversationId, out var chat) && !IsIdle(chat) ? chat : null;

    /// <summary>The live chats, most recent first.</summary>
    public IReadOnlyList<LiveConversation> List()
    {
        foreach (var idle in _chats.Values.Where(IsIdle))
        {
            _chats.TryRemove(idle.ConversationId, out _);
        }

        return _chats.Values.OrderByDescending(c => c.LastAt).ToList();
    }

    private bool IsIdle(LiveConversation chat) => time.GetUtcNow() - chat.LastAt > IdleAfter;
}
