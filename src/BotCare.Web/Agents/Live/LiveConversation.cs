namespace BotCare.Web;

/// <summary>One chat going on now. <paramref name="LastText"/> is the customer's or the bot's words: data, encoded by whoever shows it.</summary>
public sealed record LiveConversation(string ConversationId, string ChannelId, string? CustomerName, string LastText, DateTimeOffset StartedAt, DateTimeOffset LastAt, int Messages);
