namespace BotCare.Builder;

/// <summary>Names of the <c>event</c> activities the runtime itself creates.</summary>
public static class ActivityEventNames
{
    /// <summary>The event a proactive turn (<see cref="BotAdapter.ContinueConversationAsync(string?, ConversationReference, BotCallbackHandler, CancellationToken)"/>) runs on.</summary>
    public const string ContinueConversation = "ContinueConversation";
    public const string CreateConversation = "CreateConversation";
}
