namespace BotCare.Cases;

/// <summary>Who the customer is on the channel they used.</summary>
public sealed class CustomerRef
{
    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string ChannelId { get; set; } = string.Empty;
}
