namespace BotCare.Channels;

/// <summary>The bearer token the bot sends with every reply to a channel; null when authentication is off.</summary>
public interface IChannelTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
