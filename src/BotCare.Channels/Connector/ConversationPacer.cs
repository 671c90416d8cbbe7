using System.Threading.RateLimiting;
using BotCare.Builder;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Channels;

/// <summary>
/// Keeps sends to one Teams conversation under Teams' limits (about 7 messages a second per conversation) by
/// waiting for a slot rather than being throttled; other channels are not paced.
/// </summary>
public sealed class ConversationPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationPacer(int messagesPerSecond = 7)
    {
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetTokenBucketLimiter(conversation, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = messagesPerSecond,
            TokensPerPeriod = messagesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Waits until the conversation may receive one more message.</summary>
    public async ValueTask WaitAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != ChannelIds.Msteams || activity.Conversation?.Id is not { } conversation)
        {
            return;
        }

        using var lease = await _limiter.AcquireAsync(conversation, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"Too many messages are waiting to be sent to conversation {conversation}.");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
