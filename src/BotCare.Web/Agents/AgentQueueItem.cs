using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>One chat in <c>GET /api/agent/queue</c>.</summary>
/// <param name="ConversationId">The customer's conversation, the key of every agent action on it.</param>
/// <param name="ChannelId">Where the customer is: <c>directline</c> (the website), <c>msteams</c>, <c>slack</c>.</param>
/// <param name="CaseId">The case the bot opened.</param>
/// <param name="CustomerName">The name the channel gave, when it gave one.</param>
/// <param name="Skill">The skill the chat needs.</param>
/// <param name="Reason">Why the bot handed over.</param>
/// <param name="Anger">How upset the customer was (0 to 1) when the chat was escalated.</param>
/// <param name="Status">Waiting, or held by an agent.</param>
/// <param name="AgentId">The agent holding it.</param>
/// <param name="Position">1-based place among chats waiting for the same skill; absent once an agent holds it.</param>
/// <param name="EnqueuedAt">When the customer joined the queue.</param>
/// <param name="WaitedSeconds">How long the customer has waited, or waited until an agent took the chat.</param>
/// <param name="Brief">The confirmed brief pinned for the agent.</param>
public sealed record AgentQueueItem(
    string ConversationId,
    string ChannelId,
    string CaseId,
    string CustomerName,
    string Skill,
    EscalationReason Reason,
    double Anger,
    QueueStatus Status,
    string? AgentId,
    int? Position,
    DateTimeOffset EnqueuedAt,
    long WaitedSeconds,
    JsonElement Brief)
{
    public static AgentQueueItem From(QueueEntry entry, int? position, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.ConversationId,
            entry.ChannelId,
            entry.CaseId,
            entry.CustomerName,
            entry.Skill,
            entry.Reason,
            entry.Anger,
            entry.Status,
            entry.AgentId,
            position,
            entry.EnqueuedAt,
            (long)Math.Max(0, ((entry.AssignedAt ?? now) - entry.EnqueuedAt).TotalSeconds),
            BriefOf(entry));
    }

    /// <summary>The pinned brief; an entry whose brief cannot be read still lists (with an empty one) rather than failing the whole queue.</summary>
    private static JsonElement BriefOf(QueueEntry entry)
    {
        try
        {
            using var brief = JsonDocument.Parse(entry.BriefJson);
            return brief.RootElement.Clone();
        }
        catch (JsonException)
        {
            using var empty = JsonDocument.Parse("{}");
            return empty.RootElement.Clone();
        }
    }
}
