namespace BotCare.Channels;

/// <summary>A Direct Line conversation: who the user is and when it started.</summary>
public sealed record DirectLineConversation(string Id, string UserId, DateTimeOffset StartedAt);
