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
    private readonly Lock _trimming = new();

    // New chats since the last trim: ConcurrentDictionary.Count takes every lock, too dear for every message.
    private int _added;

    /// <summary>A message of the chat: the customer's (<paramref name="fromCustomer"/>) or one sent to them.</summary>
    public void Saw(string conversationId, string channelId, string? customerName, bool fromCustomer, string text)
    {
        var now = time.GetUtcNow();
        if (_chats.TryGetValue(conversationId, out var known))
        {
            _chats[conversationId] = known with
            {
                CustomerName = fromCustomer && !string.IsNullOrEmpty(customerName) ? customerName : known.CustomerName,
                LastText = text,
                LastAt = now,
                Messages = known.Messages + 1,
            };
            return;
        }

        _chats[conversationId] = new LiveConversation(conversationId, channelId, fromCustomer ? customerName : null, text, now, now, 1);
        if (Interlocked.Increment(ref _added) >= Capacity / 10)
        {
            Trim();
        }
    }

    /// <summary>Forgets idle chats, then the longest idle beyond <see cref="Capacity"/>; one trim at a time.</summary>
    private void Trim()
    {
        if (!_trimming.TryEnter())
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _added, 0);
            var chats = _chats.Values.ToList();
            var idle = chats.Where(IsIdle).ToList();
            var beyond = chats.Count - idle.Count - Capacity;
            var forget = beyond > 0 ? idle.Concat(chats.Where(c => !IsIdle(c)).OrderBy(c => c.LastAt).Take(beyond)) : idle;
            foreach (var chat in forget)
            {
                _chats.TryRemove(chat.ConversationId, out _);
            }
        }
        finally
        {
            _trimming.Exit();
        }
    }

    public LiveConversation? Find(string conversationId) =>
        _chats.TryGetValue(conversationId, out var chat) && !IsIdle(chat) ? chat : null;

    /// <summary>The live chats, most recent first.</summary>
    public IReadOnlyList<LiveConversation> List()
    {
        Trim();
        return _chats.Values.Where(c => !IsIdle(c)).OrderByDescending(c => c.LastAt).ToList();
    }

    private bool IsIdle(LiveConversation chat) => time.GetUtcNow() - chat.LastAt >= IdleAfter;

    /// <summary>Forgets the chat at once (erasure), rather than when it goes idle; false when it was not listed.</summary>
    public bool Forget(string conversationId) => _chats.TryRemove(conversationId, out _);
}
